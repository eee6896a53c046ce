package io.kubelab.tools.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdNode;
import io.kubelab.tools.JetcdClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher must give the lessons a real, disposable etcd on loopback, and a start must survive
 * a port taken between its choice and etcd's bind: for that the etcd binary is wrapped in a script
 * that fails the way etcd does when its port is taken, a scripted number of times, so the race is
 * played on purpose rather than waited for.
 */
@DisplayName("The real-etcd launcher")
class EtcdLauncherTest {
  /** The etcd on the PATH, which the scripts below wrap; null if there is none. */
  private static final Path ETCD =
      Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
          .filter(folder -> !folder.isEmpty())
          .map(folder -> Path.of(folder, "etcd"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElse(null);

  @TempDir Path dir;

  @Test
  @DisplayName("starts again with fresh ports when a member finds its port taken")
  void startsAgainWhenAPortWasTaken() throws Exception {
    assumeTrue(ETCD != null, "this test needs etcd on the PATH (install Debian's etcd-server)");
    String binary = losingTheRace(1);

    try (LocalEtcdCluster cluster = LocalEtcdCluster.start(binary, 3)) {
      assertThat(cluster.members()).as("all three members run after the second start").isEqualTo(3);
    }
    assertThat(Files.readAllLines(dir.resolve("starts")))
        .as("the first member's first start lost the race, and the whole cluster started again")
        .hasSizeGreaterThan(3);
  }

  @Test
  @DisplayName("gives up with etcd's own words when every start loses a port")
  void givesUpWhenEveryStartLoses() throws Exception {
    String binary = losingTheRace(Integer.MAX_VALUE);

    assertThatThrownBy(() -> LocalEtcdCluster.start(binary, 1))
        .as("after its last try the start fails with the member's log, which names the bind")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("address already in use");
    assertThat(Files.readAllLines(dir.resolve("starts")))
        .as("the start was tried five times, no more")
        .hasSize(5);
  }

  /**
   * Returns a script that, for its first {@code losses} runs, fails as etcd does when its port is
   * taken, and then runs etcd; each run appends a line to {@code starts}. Asked for its version, as
   * the launcher does once before it starts members, it answers as the real etcd does (or as etcd
   * 3.4 does, where there is none), and that counts as no start.
   */
  private String losingTheRace(int losses) throws IOException {
    Path script = dir.resolve("etcd");
    String version = ETCD == null ? "echo 'etcd Version: 3.4.23'" : "exec '" + ETCD + "' --version";
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "if [ \"$1\" = --version ]; then",
            "  " + version,
            "fi",
            "echo start >> '" + dir.resolve("starts") + "'",
            "if [ \"$(wc -l < '" + dir.resolve("starts") + "')\" -le " + losses + " ]; then",
            "  echo '{\"level\":\"fatal\",\"error\":\"listen tcp 127.0.0.1:1: bind: address"
                + " already in use\"}' >&2",
            "  exit 1",
            "fi",
            "exec '" + ETCD + "' \"$@\"",
            ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  @Test
  @Timeout(60)
  @DisplayName("starts one member on 127.0.0.1 that stores and returns a key")
  void oneMember() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      assertThat(etcd.endpoints())
          .as("the one member's endpoint is on 127.0.0.1")
          .singleElement()
          .asString()
          .startsWith("http://127.0.0.1:");

      client.set("/launcher/one", "1");

      assertThat(client.get("/launcher/one").value())
          .as("the key written reads back")
          .isEqualTo("1");
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("removes its data dir when closed")
  void closeCleansUp() throws Exception {
    RealEtcd etcd = RealEtcds.startOrSkip(1);
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before;
    try (var dirs = Files.list(tmp)) {
      before = dirs.filter(p -> p.getFileName().toString().startsWith("kubelab-etcd-")).count();
    }

    etcd.close();

    try (var dirs = Files.list(tmp)) {
      assertThat(dirs.filter(p -> p.getFileName().toString().startsWith("kubelab-etcd-")).count())
          .as("closing removed the cluster's data dir")
          .isLessThan(Math.max(1, before));
    }
  }

  @Test
  @Timeout(90)
  @DisplayName("keeps a three-member cluster writable after its leader is killed")
  void leaderFailover() throws Exception {
    // The first write after the kill often reaches a follower that still forwards to the dead
    // leader; etcd drops it and answers only at its 5 s request timeout. The writes are retried
    // from a client that gives up after 1 s, so the next attempt finds the new leader soon.
    try (RealEtcd etcd = RealEtcds.startOrSkip(3);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(5));
        JetcdClient retried = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(1))) {
      client.set("/launcher/failover", "before");
      // Connects the retried client to every member before the kill: the timed write is not its
      // first.
      writeUntilAccepted(retried, "before", Duration.ofSeconds(30));

      String killed = etcd.killLeader();
      Instant start = Instant.now();
      EtcdNode written = writeUntilAccepted(retried, "after", Duration.ofSeconds(30));
      System.out.printf(
          "killed leader %s; the next write succeeded after %d ms%n",
          killed, Duration.between(start, Instant.now()).toMillis());

      assertThat(written.value()).as("the write after the kill was accepted").isEqualTo("after");
      assertThat(client.get("/launcher/failover").value())
          .as("the new leader serves the value written after the kill")
          .isEqualTo("after");
    }
  }

  private static EtcdNode writeUntilAccepted(JetcdClient client, String value, Duration patience)
      throws EtcdException, InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      try {
        return client.set("/launcher/failover", value);
      } catch (EtcdException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }
}
