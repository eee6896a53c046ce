package io.kubelab.grader.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Chromium is a headless Debian chromium driven through the DevTools protocol on 127.0.0.1: it
 * loads a page, evaluates scripts in it, records what the page logged and requested, and takes
 * screenshots. A fresh profile each time, and every background service of the browser switched off.
 */
final class Chromium implements AutoCloseable {
  /** How long one protocol call may take; generous, since the machine may be busy. */
  private static final Duration CALL_LIMIT = Duration.ofMinutes(3);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Returns the chromium binary: {@code KUBELAB_CHROMIUM}, else Debian's, if it exists. */
  static Optional<Path> binary() {
    String configured = System.getenv("KUBELAB_CHROMIUM");
    Path path = Path.of(configured == null ? "/usr/bin/chromium" : configured);
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /** Starts {@code binary} with a fresh profile in {@code profile} and connects to its page. */
  static Chromium start(Path binary, Path profile) throws Exception {
    Files.createDirectories(profile);
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--window-size=1280,900",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + CALL_LIMIT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException(
            "chromium did not open its DevTools port; its output: "
                + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String pageSocket = null;
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        pageSocket = target.path("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (pageSocket == null) {
      process.destroyForcibly();
      throw new IOException("chromium has no page to drive: " + targets);
    }
    Chromium[] self = new Chromium[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(pageSocket), new Listener(message -> self[0].receive(message)))
            .get(CALL_LIMIT.toSeconds(), TimeUnit.SECONDS);
    self[0] = new Chromium(process, socket);
    return self[0];
  }

  /** Calls the DevTools method {@code method} and returns its result. */
  JsonNode call(String method, Map<String, Object> params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    calls.put(id, reply);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode answer;
    try {
      answer = reply.get(CALL_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException(method + " got no answer from chromium", e);
    }
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Evaluates {@code expression} in the page and returns its value. */
  JsonNode evaluate(String expression) throws IOException {
    JsonNode result =
        call(
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IOException(expression + " threw: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Returns the events received since the last call, and forgets them. */
  synchronized List<JsonNode> takeEvents() {
    List<JsonNode> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  private void receive(String message) {
    JsonNode node;
    try {
      node = JSON.readTree(message);
    } catch (IOException e) {
      throw new IllegalStateException("chromium sent something that is not JSON: " + message, e);
    }
    if (node.has("id")) {
      CompletableFuture<JsonNode> reply = calls.remove(node.get("id").asInt());
      if (reply != null) {
        reply.complete(node);
      }
    } else {
      synchronized (this) {
        events.add(node);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Listener joins the parts of each DevTools message and hands it on whole. */
  private static final class Listener implements WebSocket.Listener {
    private final Consumer<String> whole;
    private final StringBuilder parts = new StringBuilder();

    Listener(Consumer<String> whole) {
      this.whole = whole;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String message = parts.toString();
        parts.setLength(0);
        whole.accept(message);
      }
      socket.request(1);
      return null;
    }
  }
}
