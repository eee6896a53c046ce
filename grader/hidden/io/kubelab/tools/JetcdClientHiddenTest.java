package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.abort;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.registry.BasicManifestFactory;
import io.kubelab.registry.EtcdRegistry;
import io.kubelab.testing.Concurrently;
import io.kubelab.tools.launch.RealEtcd;
import io.kubelab.tools.launch.RealEtcds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The v3 form on a real etcd: transactions keep v2's semantics, and runPod over this client loses
 * no pod, even with eight writers or a leader killed mid-run. Each test prints what it saw.
 *
 * <p>Sized to what each check proves, since these checks and their etcd were most of a grading's
 * CPU. They corroborate the deterministic checks; every known-wrong variant has its catcher among
 * the single-writer checks ({@code oneTransactionPerWrite} counts etcd's own requests):
 *
 * <ul>
 *   <li>One one-member etcd per test JVM ({@link RealEtcds#sharedOrSkip}), shared with {@code
 *       JetcdClientTest}, and one client per class: a check proves the same on a server that is not
 *       new, since each test writes only below its own {@link RealEtcds#freshKeyspace} (the
 *       registry checks on their own machine name), where it finds nothing as on a new server. The
 *       request counts of {@code oneTransactionPerWrite} are differences around one call, and the
 *       tests of a JVM run one after another, so no other test's request is counted.
 *   <li>The writers of {@code eightWritersLoseNothing} and {@code twoClientsLoseNothing} write in
 *       {@link ReadingRounds}: in each of {@value #ROUNDS} rounds all eight read the list together,
 *       so seven of them are refused and retry, every time. That is the conflict the free-running
 *       version of these checks needed 160 pods and some 1,300 gRPC calls to meet by chance; now it
 *       is certain, with 24 pods: a swap that ignores the index it compares loses seven pods in
 *       every round instead of some on a lucky run.
 *   <li>The leader-kill check keeps four writers and its three members, and adds 40 pods instead of
 *       60, the leader killed after the first 10: enough acknowledged writes on each side of the
 *       election to show none is lost. The thread that kills the leader waits on a latch; it used
 *       to spin, taking a core from the writers and the members for the whole run.
 * </ul>
 */
@DisplayName("JetcdClient, hidden checks (lesson pr-265, exercise jetcd-txn)")
class JetcdClientHiddenTest {
  /**
   * How long one etcd call may take before it fails. Generous on purpose: on a machine at load 45
   * the first call after etcd started took more than 10 s, and a slow machine must not fail a
   * correct client; a call that never returns is the grader's to stop, by CPU time.
   */
  private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

  /**
   * The rounds of a lockstep check: one proves the retry; three show it holds round after round.
   */
  private static final int ROUNDS = 3;

  private static RealEtcd etcd;
  private static JetcdClient client;
  private String keys;

  @BeforeAll
  static void startEtcd() throws Exception {
    etcd = RealEtcds.sharedOrSkip();
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
  @Timeout(60)
  @DisplayName("refuses the old revision of a key that was deleted and created again")
  void recreatedKeyRefusesOldRevision() throws Exception {
    String key = keys + "/recreated";
    EtcdNode old = client.create(key, "1");
    client.delete(key);
    EtcdNode recreated = client.create(key, "2");

    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class, () -> client.compareAndSwap(key, "3", old.modifiedIndex()));

    assertThat(recreated.modifiedIndex())
        .as("hint 2: create compares CmpTarget.version(0), which holds again after a delete")
        .isGreaterThan(old.modifiedIndex());
    assertThat(refused)
        .as("hint 2: compare CmpTarget.modRevision(prevIndex), not the value")
        .isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
  }

  @Test
  @Timeout(60)
  @DisplayName("keeps the created index of a key across swaps")
  void createdIndexSurvivesSwaps() throws Exception {
    String key = keys + "/created";
    EtcdNode created = client.create(key, "1");
    EtcdNode swapped = client.compareAndSwap(key, "2", created.modifiedIndex());

    assertThat(swapped.createdIndex()).isEqualTo(created.createdIndex());
    assertThat(client.get(key).modifiedIndex()).isEqualTo(swapped.modifiedIndex());
  }

  @Test
  @Timeout(120)
  @DisplayName("runPod loses no pod when eight threads add pods to one machine")
  void eightWritersLoseNothing() throws Exception {
    String machine = machine();
    new EtcdHelper(client).setObj(EtcdRegistry.makeContainerKey(machine), List.of());
    ReadingRounds lockstep = new ReadingRounds(EtcdRegistry.makeContainerKey(machine), 8);
    EtcdRegistry registry = new EtcdRegistry(lockstep.client(client), new BasicManifestFactory());
    Set<String> added = ConcurrentHashMap.newKeySet();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    Concurrently.run(
        "writer", 8, writer -> write(registry, machine, lockstep, "p" + writer, added, failures));

    List<String> listed = listed(registry, machine);
    System.out.printf(
        "8 writers in lockstep for %d rounds on %s: %d pods added, %d listed, %d errors%n",
        lockstep.rounds(), etcd.description(), added.size(), listed.size(), failures.size());

    assertThat(failures).as("errors from runPod").isEmpty();
    assertThat(listed)
        .as(
            "hint 1: lost updates: write with kv.txn().If(comparisons).Then(ops).Else(ops).commit()")
        .containsExactlyInAnyOrderElementsOf(added);
  }

  @Test
  @Timeout(120)
  @DisplayName("runPod loses no acknowledged pod when the leader of three members is killed")
  void leaderKilledMidRunLosesNothing() throws Exception {
    // A write that a follower forwarded to the leader just killed is lost, and etcd answers it
    // only at its request timeout (5 s plus two election timeouts); the writers' client gives up
    // after 1 s instead, many times a write's latency on loopback. A call that gives up is a
    // failed call, which this check allows. Setting up and listing need no hurry.
    try (RealEtcd cluster = RealEtcds.startOrSkip(3);
        JetcdClient setUp = new JetcdClient(cluster.endpoints(), Duration.ofSeconds(5));
        JetcdClient writers = new JetcdClient(cluster.endpoints(), Duration.ofSeconds(1))) {
      new EtcdHelper(setUp).setObj(EtcdRegistry.makeContainerKey("m"), List.of());
      EtcdRegistry registry = new EtcdRegistry(writers, new BasicManifestFactory());
      Set<String> added = ConcurrentHashMap.newKeySet();
      // The killer waits on a latch, not in a spin: a spinning thread would take a core from the
      // writers and the members for the whole run.
      CountDownLatch firstWrites = new CountDownLatch(10);
      Thread killer =
          new Thread(
              () -> {
                try {
                  firstWrites.await();
                  System.out.println("killed leader " + cluster.killLeader());
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      killer.start();
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      Concurrently.run(
          "writer",
          4,
          writer -> {
            for (int i = 0; i < 10; i++) {
              String id = "p" + writer + "-" + i;
              try {
                registry.runPod(new Pod(id, null, null, null), "m");
                added.add(id);
              } catch (Exception e) {
                failures.add(e);
              } finally {
                firstWrites.countDown();
              }
            }
          });
      killer.join();

      List<String> listed = listed(new EtcdRegistry(setUp, new BasicManifestFactory()), "m");
      System.out.printf(
          "leader killed mid-run: %d pods acknowledged, %d listed, %d calls failed (%d of them"
              + " listed anyway: committed, answer lost)%n",
          added.size(), listed.size(), failures.size(), listed.size() - added.size());

      assertThat(added).as("pods runPod acknowledged while the cluster had a leader").isNotEmpty();
      assertThat(listed)
          .as("every pod runPod acknowledged must be listed: an acknowledged write is never lost")
          .containsAll(added);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("compares and writes in one transaction, never a read and then a put")
  void oneTransactionPerWrite() throws Exception {
    String key = keys + "/txn";
    KvRequests requests = new KvRequests(etcd.endpoints().get(0));
    Map<String, Long> start = countsOrSkip(requests);
    EtcdNode created = client.create(key, "1");
    Map<String, Long> afterCreate = requests.counts();
    client.compareAndSwap(key, "2", created.modifiedIndex());
    Map<String, Long> afterSwap = requests.counts();

    for (Map.Entry<String, Map<String, Long>> call :
        Map.of(
                "create", KvRequests.sent(start, afterCreate),
                "compareAndSwap", KvRequests.sent(afterCreate, afterSwap))
            .entrySet()) {
      Map<String, Long> sent = call.getValue();
      assertThat(sent.getOrDefault("Put", 0L))
          .as(
              "%s sent etcd these requests: %s. A Put outside a transaction writes whatever"
                  + " happened since the read: a lock in this client does not stop another"
                  + " client (or another apiserver) from writing in between. Compare and put in"
                  + " one transaction, kv.txn().If(comparisons).Then(ops).commit(). Read hint 1",
              call.getKey(), sent)
          .isZero();
      assertThat(sent.getOrDefault("Txn", 0L))
          .as(
              "transactions %s sent etcd (all requests: %s). Read hint 2: If(new Cmp(key,"
                  + " Cmp.Op.EQUAL, CmpTarget.modRevision(prevIndex))), Then put",
              call.getKey(), sent)
          .isPositive();
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("returns the key's real new revision, even when other keys were written in between")
  void returnedIndexIsTheModRevision() throws Exception {
    String key = keys + "/rev";
    String other = keys + "/other";
    client.set(other, "a");
    EtcdNode created = client.create(key, "1");
    long createdReal = client.get(key).modifiedIndex();
    client.set(other, "b");
    client.set(other, "c");
    EtcdNode swapped = client.compareAndSwap(key, "2", created.modifiedIndex());
    client.set(other, "d");

    long real = client.get(key).modifiedIndex();
    assertThat(created.modifiedIndex())
        .as(
            "the index create returned, against the key's mod_revision right after. Read hint"
                + " 3: use the response header's revision as the new index")
        .isEqualTo(createdReal);
    assertThat(swapped.modifiedIndex())
        .as(
            "compareAndSwap returned index %d, but the key's mod_revision is %d: two other"
                + " writes happened since the index it compared (%d), so the new index is not"
                + " that index plus one. Read hint 3: use the response header's revision",
            swapped.modifiedIndex(), real, created.modifiedIndex())
        .isEqualTo(real);
    EtcdException again =
        catchThrowableOfType(
            EtcdException.class, () -> client.compareAndSwap(key, "3", swapped.modifiedIndex()));
    assertThat(again)
        .as("a second swap at the index the first one returned, which nobody wrote since")
        .isNull();
  }

  @Test
  @Timeout(60)
  @DisplayName("stores values byte for byte, non-ASCII included")
  void valuesRoundTripByteForByte() throws Exception {
    String key = keys + "/utf8";
    String value = "{\"id\":\"café\",\"command\":[\"über ✓\"]}";
    String swappedValue = "{\"id\":\"café\",\"command\":[\"über ✓✓\"]}";
    try (Client raw = Client.builder().endpoints(etcd.endpoints().toArray(String[]::new)).build()) {
      EtcdNode created = client.create(key, value);
      byte[] stored = rawValue(raw, key);
      client.compareAndSwap(key, swappedValue, created.modifiedIndex());
      byte[] swapped = rawValue(raw, key);

      assertThat(new String(stored, StandardCharsets.UTF_8))
          .as(
              "create stored %s as these bytes; etcd stores bytes and the kit reads them as"
                  + " UTF-8. Encode with bytes(value) (StandardCharsets.UTF_8), never a"
                  + " platform or ASCII charset",
              value)
          .isEqualTo(value);
      assertThat(stored)
          .as("the bytes create stored")
          .isEqualTo(value.getBytes(StandardCharsets.UTF_8));
      assertThat(swapped)
          .as("the bytes compareAndSwap stored, for %s", swappedValue)
          .isEqualTo(swappedValue.getBytes(StandardCharsets.UTF_8));
      assertThat(client.get(key).value())
          .as("the value read back after the swap")
          .isEqualTo(swappedValue);
    }
  }

  @Test
  @Timeout(180)
  @DisplayName("runPod loses no acknowledged pod when two clients write with four threads each")
  void twoClientsLoseNothing() throws Exception {
    // Corroborates oneTransactionPerWrite: a lock inside one client does not order the writes of
    // another. The eight threads write in lockstep, four through each client, so every round has
    // both clients compare the same index.
    String machine = machine();
    try (JetcdClient second = new JetcdClient(etcd.endpoints(), CALL_TIMEOUT)) {
      new EtcdHelper(client).setObj(EtcdRegistry.makeContainerKey(machine), List.of());
      ReadingRounds lockstep = new ReadingRounds(EtcdRegistry.makeContainerKey(machine), 8);
      List<EtcdRegistry> registries =
          List.of(
              new EtcdRegistry(lockstep.client(client), new BasicManifestFactory()),
              new EtcdRegistry(lockstep.client(second), new BasicManifestFactory()));
      Set<String> added = ConcurrentHashMap.newKeySet();
      List<Throwable> failedCalls = Collections.synchronizedList(new ArrayList<>());
      Concurrently.run(
          "writer",
          8,
          writer ->
              write(
                  registries.get(writer % 2),
                  machine,
                  lockstep,
                  "c" + writer % 2 + "-t" + writer / 2,
                  added,
                  failedCalls));

      List<String> listed = listed(registries.get(0), machine);
      System.out.printf(
          "2 clients x 4 threads in lockstep for %d rounds on %s: %d pods acknowledged, %d"
              + " listed, %d calls failed%n",
          lockstep.rounds(), etcd.description(), added.size(), listed.size(), failedCalls.size());

      assertThat(listed)
          .as(
              "pods runPod acknowledged through two clients that are missing from the list: a"
                  + " lock in one client does not stop the other. Read hint 1: one"
                  + " kv.txn().If(comparisons).Then(ops).commit() per write")
          .containsAll(added);
      assertThat(failedCalls).as("errors from runPod").isEmpty();
    }
  }

  /** Returns a machine name no other test used, so its pod list starts empty. */
  private String machine() {
    return "m" + keys.replace('/', '-');
  }

  /** Adds {@value #ROUNDS} pods named after {@code writer}, one per round of {@code lockstep}. */
  private static void write(
      EtcdRegistry registry,
      String machine,
      ReadingRounds lockstep,
      String writer,
      Set<String> added,
      List<Throwable> failedCalls) {
    for (int i = 0; i < ROUNDS; i++) {
      String id = writer + "-" + i;
      lockstep.beforeWrite();
      try {
        registry.runPod(new Pod(id, null, null, null), machine);
        added.add(id);
      } catch (Exception e) {
        failedCalls.add(e);
      } finally {
        lockstep.afterWrite();
      }
    }
  }

  private static Map<String, Long> countsOrSkip(KvRequests requests) throws InterruptedException {
    try {
      return requests.counts();
    } catch (IOException e) {
      return abort("this check counts requests in etcd's /metrics, which cannot be read: " + e);
    }
  }

  private static byte[] rawValue(Client raw, String key) throws Exception {
    return raw.getKVClient()
        .get(ByteSequence.from(key, StandardCharsets.UTF_8))
        .get(30, TimeUnit.SECONDS)
        .getKvs()
        .get(0)
        .getValue()
        .getBytes();
  }

  private static List<String> listed(EtcdRegistry registry, String machine) throws EtcdException {
    return registry.loadManifests(machine).value().stream().map(ContainerManifest::id).toList();
  }
}
