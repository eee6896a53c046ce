package io.kubelab.tools.launch;

import io.etcd.jetcd.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * LocalEtcdCluster runs one or three etcd processes on free 127.0.0.1 ports with data dirs under
 * {@code java.io.tmpdir}, and removes both when closed.
 *
 * <p>A port found free may be taken by another program before etcd binds it (see {@link
 * FreePorts}); a start that fails so is thrown away and made again with fresh ports, up to {@value
 * #STARTS} times, so a correct program never sees the machine's race.
 */
final class LocalEtcdCluster implements RealEtcd {
  private static final Duration START_DEADLINE = Duration.ofSeconds(20);

  /**
   * Starts tried before giving up: one in about two thousand loses a port, so five never all do.
   */
  private static final int STARTS = 5;

  /** What etcd logs when a port it was given is already bound. */
  private static final String PORT_TAKEN = "address already in use";

  private final String binary;
  private final Path root;
  private final Map<EtcdMember, Process> processes = new LinkedHashMap<>();
  private boolean closed;

  private LocalEtcdCluster(String binary, Path root) {
    this.binary = binary;
    this.root = root;
  }

  /**
   * Starts {@code members} members one after another and waits until each answers {@code /health},
   * starting again with fresh ports when one was taken meanwhile.
   */
  static LocalEtcdCluster start(String binary, int members) throws IOException {
    EtcdVersion version = EtcdVersion.of(binary);
    for (int start = 1; ; start++) {
      try {
        return startOnce(binary, version, members);
      } catch (IOException e) {
        if (start == STARTS || !String.valueOf(e.getMessage()).contains(PORT_TAKEN)) {
          throw e;
        }
        System.err.println("kubelab: an etcd port was taken meanwhile; starting again: " + e);
      }
    }
  }

  private static LocalEtcdCluster startOnce(String binary, EtcdVersion version, int members)
      throws IOException {
    Path root = Files.createTempDirectory("kubelab-etcd-");
    LocalEtcdCluster cluster = new LocalEtcdCluster(binary, root);
    try {
      List<Integer> ports = FreePorts.next(2 * members);
      List<EtcdMember> all = new ArrayList<>();
      for (int i = 1; i <= members; i++) {
        all.add(
            new EtcdMember(
                "m" + i,
                ports.get(2 * i - 2),
                ports.get(2 * i - 1),
                root.resolve("m" + i),
                root.resolve("m" + i + ".log")));
      }
      String initial =
          all.stream().map(m -> m.name() + "=" + m.peerUrl()).collect(Collectors.joining(","));
      for (EtcdMember member : all) {
        Process process =
            new ProcessBuilder(
                    member.command(binary, version, initial, root.getFileName().toString()))
                .redirectErrorStream(true)
                .redirectOutput(member.log().toFile())
                .start();
        cluster.processes.put(member, process);
        // A new member first asks every other member's peer port whether it joined before. A
        // port that is bound but not serving yet holds that question for etcd's bootstrap
        // timeout (at least 1 s per peer); started one by one, each peer either answers or
        // refuses the connection at once.
        cluster.await(member, member.peerUrl() + "/version", body -> body.contains("etcdserver"));
      }
      for (EtcdMember member : all) {
        cluster.await(
            member, member.clientUrl() + "/health", body -> body.contains("\"health\":\"true\""));
      }
      // A member that lost its port exits at once; what answered on it then was another program.
      for (EtcdMember member : all) {
        if (!cluster.processes.get(member).isAlive()) {
          throw new IOException("etcd member " + member.name() + " exited:\n" + member.logTail());
        }
      }
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** Polls {@code url} until it answers 200 with a body that {@code ready} accepts. */
  private void await(EtcdMember member, String url, Predicate<String> ready) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!processes.get(member).isAlive()) {
        throw new IOException("etcd member " + member.name() + " exited:\n" + member.logTail());
      }
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && ready.test(answer.body())) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for etcd", e);
      }
      sleep(10);
    }
    throw new IOException(
        "etcd member "
            + member.name()
            + " did not answer "
            + url
            + " within "
            + START_DEADLINE.toSeconds()
            + " s:\n"
            + member.logTail());
  }

  @Override
  public List<String> endpoints() {
    return processes.keySet().stream().map(EtcdMember::clientUrl).toList();
  }

  @Override
  public String description() {
    return "local etcd, "
        + processes.size()
        + (processes.size() == 1 ? " member" : " members")
        + " ("
        + binary
        + ")";
  }

  @Override
  public int members() {
    return processes.size();
  }

  @Override
  public synchronized String killLeader() throws IOException, InterruptedException {
    if (processes.size() < 2) {
      throw new UnsupportedOperationException("a one-member cluster has no leader to lose");
    }
    List<EtcdMember> alive =
        processes.entrySet().stream()
            .filter(e -> e.getValue().isAlive())
            .map(Map.Entry::getKey)
            .toList();
    try (Client client =
        Client.builder()
            .endpoints(alive.stream().map(EtcdMember::clientUrl).toArray(String[]::new))
            .build()) {
      for (EtcdMember member : alive) {
        var status =
            client.getMaintenanceClient().statusMember(member.clientUrl()).get(5, TimeUnit.SECONDS);
        if (status.getLeader() == status.getHeader().getMemberId()) {
          Process process = processes.get(member);
          process.destroyForcibly();
          process.waitFor();
          return member.name();
        }
      }
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("cannot ask the members who leads: " + e, e);
    }
    throw new IOException("no member reports being the leader");
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Process process : processes.values()) {
      process.destroyForcibly();
    }
    for (Process process : processes.values()) {
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove etcd data in " + root, e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
