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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The v3 form on a real etcd: transactions keep v2's semantics, and runPod over this client loses
 * no pod, even with eight writers or a leader killed mid-run. Each test prints what it saw.
 */
@DisplayName("JetcdClient, hidden checks (lesson pr-265, exercise jetcd-txn)")
class JetcdClientHiddenTest {

  @Test
  @Timeout(60)
  @DisplayName("refuses the old revision of a key that was deleted and created again")
  void recreatedKeyRefusesOldRevision() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      EtcdNode old = client.create("/hidden/recreated", "1");
      client.delete("/hidden/recreated");
      EtcdNode recreated = client.create("/hidden/recreated", "2");

      EtcdException refused =
          catchThrowableOfType(
              EtcdException.class,
              () -> client.compareAndSwap("/hidden/recreated", "3", old.modifiedIndex()));

      assertThat(recreated.modifiedIndex())
          .as("hint 2: create compares CmpTarget.version(0), which holds again after a delete")
          .isGreaterThan(old.modifiedIndex());
      assertThat(refused)
          .as("hint 2: compare CmpTarget.modRevision(prevIndex), not the value")
          .isNotNull();
      assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("keeps the created index of a key across swaps")
  void createdIndexSurvivesSwaps() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      EtcdNode created = client.create("/hidden/created", "1");
      EtcdNode swapped = client.compareAndSwap("/hidden/created", "2", created.modifiedIndex());

      assertThat(swapped.createdIndex()).isEqualTo(created.createdIndex());
      assertThat(client.get("/hidden/created").modifiedIndex()).isEqualTo(swapped.modifiedIndex());
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("runPod loses no pod when eight threads add pods to one machine")
  void eightWritersLoseNothing() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      new EtcdHelper(client).setObj(EtcdRegistry.makeContainerKey("m"), List.of());
      EtcdRegistry registry = new EtcdRegistry(client, new BasicManifestFactory());
      Set<String> added = ConcurrentHashMap.newKeySet();
      List<Throwable> failures = run(8, 20, registry, added);

      List<String> listed = listed(registry);
      System.out.printf(
          "8 writers on %s: %d pods added, %d listed, %d errors%n",
          etcd.description(), added.size(), listed.size(), failures.size());

      assertThat(failures).as("errors from runPod").isEmpty();
      assertThat(listed)
          .as(
              "hint 1: lost updates: write with kv.txn().If(comparisons).Then(ops).Else(ops).commit()")
          .containsExactlyInAnyOrderElementsOf(added);
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("runPod loses no acknowledged pod when the leader of three members is killed")
  void leaderKilledMidRunLosesNothing() throws Exception {
    // A write that a follower forwarded to the leader just killed is lost, and etcd answers it
    // only at its request timeout (5 s plus two election timeouts); the writers' client gives up
    // after 1 s instead, many times a write's latency on loopback. A call that gives up is a
    // failed call, which this check allows. Setting up and listing need no hurry.
    try (RealEtcd etcd = RealEtcds.startOrSkip(3);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(5));
        JetcdClient writers = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(1))) {
      new EtcdHelper(client).setObj(EtcdRegistry.makeContainerKey("m"), List.of());
      EtcdRegistry registry = new EtcdRegistry(writers, new BasicManifestFactory());
      Set<String> added = ConcurrentHashMap.newKeySet();
      AtomicInteger done = new AtomicInteger();
      Thread killer =
          new Thread(
              () -> {
                while (done.get() < 20) {
                  Thread.onSpinWait();
                }
                try {
                  System.out.println("killed leader " + etcd.killLeader());
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      killer.start();
      List<Throwable> failures = run(4, 15, registry, added, done);
      killer.join();

      List<String> listed = listed(new EtcdRegistry(client, new BasicManifestFactory()));
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
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      KvRequests requests = new KvRequests(etcd.endpoints().get(0));
      Map<String, Long> start = countsOrSkip(requests);
      EtcdNode created = client.create("/hidden/txn", "1");
      Map<String, Long> afterCreate = requests.counts();
      client.compareAndSwap("/hidden/txn", "2", created.modifiedIndex());
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
  }

  @Test
  @Timeout(60)
  @DisplayName("returns the key's real new revision, even when other keys were written in between")
  void returnedIndexIsTheModRevision() throws Exception {
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      client.set("/hidden/other", "a");
      EtcdNode created = client.create("/hidden/rev", "1");
      long createdReal = client.get("/hidden/rev").modifiedIndex();
      client.set("/hidden/other", "b");
      client.set("/hidden/other", "c");
      EtcdNode swapped = client.compareAndSwap("/hidden/rev", "2", created.modifiedIndex());
      client.set("/hidden/other", "d");

      long real = client.get("/hidden/rev").modifiedIndex();
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
              EtcdException.class,
              () -> client.compareAndSwap("/hidden/rev", "3", swapped.modifiedIndex()));
      assertThat(again)
          .as("a second swap at the index the first one returned, which nobody wrote since")
          .isNull();
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("stores values byte for byte, non-ASCII included")
  void valuesRoundTripByteForByte() throws Exception {
    String value = "{\"id\":\"café\",\"command\":[\"über ✓\"]}";
    String swappedValue = "{\"id\":\"café\",\"command\":[\"über ✓✓\"]}";
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10));
        Client raw = Client.builder().endpoints(etcd.endpoints().toArray(String[]::new)).build()) {
      EtcdNode created = client.create("/hidden/utf8", value);
      byte[] stored = rawValue(raw, "/hidden/utf8");
      client.compareAndSwap("/hidden/utf8", swappedValue, created.modifiedIndex());
      byte[] swapped = rawValue(raw, "/hidden/utf8");

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
      assertThat(client.get("/hidden/utf8").value())
          .as("the value read back after the swap")
          .isEqualTo(swappedValue);
    }
  }

  @Test
  @Timeout(180)
  @DisplayName("runPod loses no acknowledged pod when two clients write with four threads each")
  void twoClientsLoseNothing() throws Exception {
    // Corroborates oneTransactionPerWrite under load: a lock inside one client does not order
    // the writes of another.
    try (RealEtcd etcd = RealEtcds.startOrSkip(1);
        JetcdClient first = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10));
        JetcdClient second = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      new EtcdHelper(first).setObj(EtcdRegistry.makeContainerKey("m"), List.of());
      List<EtcdRegistry> registries =
          List.of(
              new EtcdRegistry(first, new BasicManifestFactory()),
              new EtcdRegistry(second, new BasicManifestFactory()));
      Set<String> added = ConcurrentHashMap.newKeySet();
      List<Throwable> failedCalls = Collections.synchronizedList(new ArrayList<>());
      Concurrently.run(
          "writer",
          8,
          writer -> {
            EtcdRegistry registry = registries.get(writer % 2);
            for (int i = 0; i < 20; i++) {
              String id = "c" + writer % 2 + "-t" + writer / 2 + "-" + i;
              try {
                registry.runPod(new Pod(id, null, null, null), "m");
                added.add(id);
              } catch (Exception e) {
                failedCalls.add(e);
              }
            }
          });

      List<String> listed = listed(registries.get(0));
      System.out.printf(
          "2 clients x 4 threads on %s: %d pods acknowledged, %d listed, %d calls failed%n",
          etcd.description(), added.size(), listed.size(), failedCalls.size());

      assertThat(listed)
          .as(
              "pods runPod acknowledged through two clients that are missing from the list: a"
                  + " lock in one client does not stop the other. Read hint 1: one"
                  + " kv.txn().If(comparisons).Then(ops).commit() per write")
          .containsAll(added);
      assertThat(failedCalls).as("errors from runPod").isEmpty();
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

  private static List<String> listed(EtcdRegistry registry) throws EtcdException {
    return registry.loadManifests("m").value().stream().map(ContainerManifest::id).toList();
  }

  private static List<Throwable> run(
      int writers, int podsEach, EtcdRegistry registry, Set<String> added)
      throws InterruptedException {
    return run(writers, podsEach, registry, added, new AtomicInteger());
  }

  /** Adds pods from {@code writers} threads; returns the failed calls (each thread goes on). */
  private static List<Throwable> run(
      int writers, int podsEach, EtcdRegistry registry, Set<String> added, AtomicInteger done)
      throws InterruptedException {
    List<Throwable> failedCalls = Collections.synchronizedList(new ArrayList<>());
    Concurrently.run(
        "writer",
        writers,
        writer -> {
          for (int i = 0; i < podsEach; i++) {
            String id = "p" + writer + "-" + i;
            try {
              registry.runPod(new Pod(id, null, null, null), "m");
              added.add(id);
            } catch (Exception e) {
              failedCalls.add(e);
            } finally {
              done.incrementAndGet();
            }
          }
        });
    return failedCalls;
  }
}
