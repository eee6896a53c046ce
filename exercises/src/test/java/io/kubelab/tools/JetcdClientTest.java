package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.tools.launch.RealEtcd;
import io.kubelab.tools.launch.RealEtcds;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Needs a real etcd: skipped (with the reason) where there is none, never in CI. The tests share
 * one etcd per JVM and one client, each writing below a keyspace of its own, where it finds no key
 * as on a new server: starting a server and a client per test proves nothing more.
 */
@DisplayName("JetcdClient on a real etcd (lesson pr-265, exercise jetcd-txn)")
@Timeout(60)
class JetcdClientTest {
  /**
   * How long one etcd call may take before it fails. Generous on purpose: on a machine at load 45
   * the first call after etcd started took more than 10 s, and a slow machine must not fail a
   * correct client; a call that never returns is the grader's to stop, by CPU time.
   */
  private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

  private static JetcdClient client;
  private String keys;

  @BeforeAll
  static void startEtcd() throws Exception {
    RealEtcd etcd = RealEtcds.sharedOrSkip();
    client = new JetcdClient(etcd.endpoints(), CALL_TIMEOUT);
  }

  @AfterAll
  static void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  @BeforeEach
  void freshKeyspace() {
    keys = RealEtcds.freshKeyspace();
  }

  @Test
  @DisplayName("creates a key that does not exist, and refuses to create it again with 105")
  void createOnlyOnce() throws EtcdException {
    EtcdNode created = client.create(keys + "/create", "first");

    EtcdException again =
        catchThrowableOfType(EtcdException.class, () -> client.create(keys + "/create", "second"));

    assertThat(created.modifiedIndex()).isPositive();
    assertThat(again)
        .as("hint 3: a failed comparison is not an exception in v3: check response.isSucceeded()")
        .isNotNull();
    assertThat(again.errorCode()).isEqualTo(EtcdErrors.NODE_EXIST);
    assertThat(client.get(keys + "/create").value()).isEqualTo("first");
  }

  @Test
  @DisplayName("swaps when the key's mod_revision is the index that was read")
  void swapsAtCurrentRevision() throws EtcdException {
    EtcdNode read = client.set(keys + "/cas", "1");

    EtcdNode swapped = client.compareAndSwap(keys + "/cas", "2", read.modifiedIndex());

    assertThat(swapped.modifiedIndex())
        .as("hint 3: use the response header's revision as the new index")
        .isGreaterThan(read.modifiedIndex());
    assertThat(client.get(keys + "/cas").value()).isEqualTo("2");
  }

  @Test
  @DisplayName("refuses a stale revision with 101 and writes nothing")
  void refusesStaleRevision() throws EtcdException {
    EtcdNode read = client.set(keys + "/stale", "1");
    client.set(keys + "/stale", "someone else");

    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class,
            () -> client.compareAndSwap(keys + "/stale", "mine", read.modifiedIndex()));

    assertThat(refused)
        .as("hint 3: for compareAndSwap 100 if the Else get found no key, else 101")
        .isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
    assertThat(client.get(keys + "/stale").value()).isEqualTo("someone else");
  }

  @Test
  @DisplayName("refuses a compare-and-swap of a missing key with 100")
  void missingKey() {
    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class, () -> client.compareAndSwap(keys + "/none", "x", 3));

    assertThat(refused).as("hint 3: 100 if the Else get found no key").isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.NOT_FOUND);
  }
}
