package io.kubelab.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KvRequests counts the requests an etcd server has received on its v3 KV service, by method
 * (Range, Put, Txn, DeleteRange), from the Prometheus metrics it serves on its client URL. Counting
 * before and after one call says what that call sent, whatever the timing: a read-check-put is a
 * Range and a Put, a compare-and-swap is one Txn.
 */
public final class KvRequests {
  private static final Pattern STARTED =
      Pattern.compile(
          "^grpc_server_started_total\\{grpc_method=\"(\\w+)\",grpc_service=\"etcdserverpb.KV\""
              + "[^}]*} (\\d+)$",
          Pattern.MULTILINE);

  private final URI metrics;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Reads the metrics of the etcd member at {@code endpoint}, e.g. http://127.0.0.1:2379. */
  public KvRequests(String endpoint) {
    this.metrics = URI.create(endpoint + "/metrics");
  }

  /** Returns how many KV requests of each method the member has received so far. */
  public Map<String, Long> counts() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(metrics + " answered HTTP " + response.statusCode());
    }
    Map<String, Long> counts = new TreeMap<>();
    Matcher line = STARTED.matcher(response.body());
    while (line.find()) {
      counts.put(line.group(1), Long.parseLong(line.group(2)));
    }
    if (!counts.containsKey("Txn")) {
      throw new IOException(metrics + " has no grpc_server_started_total for the KV service");
    }
    return counts;
  }

  /** Returns, per method, how many requests {@code after} counts beyond {@code before}. */
  public static Map<String, Long> sent(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> sent = new TreeMap<>();
    after.forEach((method, count) -> sent.put(method, count - before.getOrDefault(method, 0L)));
    return sent;
  }
}
