package io.kubelab.tools.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdNode;
import io.kubelab.tools.JetcdClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The launcher must give the lessons a real, disposable etcd on loopback. */
@DisplayName("The real-etcd launcher")
class EtcdLauncherTest {

  @Test
  @Timeout(60)
  @DisplayName("starts one member on 127.0.0.1 that stores and returns a key")
  void oneMember() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      assertThat(etcd.endpoints()).singleElement().asString().startsWith("http://127.0.0.1:");

      client.set("/launcher/one", "1");

      assertThat(client.get("/launcher/one").value()).isEqualTo("1");
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

      assertThat(written.value()).isEqualTo("after");
      assertThat(client.get("/launcher/failover").value()).isEqualTo("after");
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
