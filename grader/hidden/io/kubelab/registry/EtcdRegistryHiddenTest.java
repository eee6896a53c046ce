package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.Interloper;
import io.kubelab.tools.Lockstep;
import io.kubelab.tools.MemoryEtcd;
import io.kubelab.tools.Recorder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EtcdRegistry, hidden checks (lesson pr-265, exercise update-manifests)")
class EtcdRegistryHiddenTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @ParameterizedTest(name = "{0} writers")
  @ValueSource(ints = {2, 4, 8})
  @Timeout(15)
  @DisplayName("keeps every pod when all writers read the list before any of them writes")
  void manyWritersKeepAll(int writers) throws Exception {
    // The writers take turns call by call: all read, the first write wins, the others lose and
    // retry, in the same order on every run.
    Lockstep lockstep = new Lockstep(writers);
    MemoryEtcd etcd = GuardedEtcd.create(lockstep);
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());
    String[] pods = IntStream.range(0, writers).mapToObj(i -> "pod-" + i).toArray(String[]::new);

    List<Throwable> failures = EtcdRegistryTest.runConcurrently(lockstep, registry, pods);

    assertThat(failures).isEmpty();
    assertThat(listedOn(etcd, "machine"))
        .as(
            "hint 3: appending to the old list would throw the other writer's pod away: every writer must end up listed")
        .containsExactlyInAnyOrder(pods);
  }

  @Test
  @Timeout(15)
  @DisplayName("reads the list again after losing the race, and keeps the winner's pod")
  void rereadsAfterLosing() throws Exception {
    Recorder recorder = new Recorder();
    Lockstep lockstep = new Lockstep(2);
    MemoryEtcd etcd = GuardedEtcd.create(recorder, lockstep);
    seed(etcd, "machine", "old");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdRegistryTest.runConcurrently(lockstep, registry, "foo", "bar");

    assertThat(recorder.count("COMPARE_AND_SWAP " + KUBELET + " 101"))
        .as("exactly one of the two writers loses the first round")
        .isEqualTo(1);
    assertThat(recorder.count("GET " + KUBELET))
        .as("hint 3: the loser must read again with loadManifests before it retries")
        .isGreaterThanOrEqualTo(3);
    assertThat(listedOn(etcd, "machine")).containsExactlyInAnyOrder("old", "foo", "bar");
  }

  @Test
  @DisplayName("ends up listed, or throws, after losing five rounds in a row to another writer")
  void losesManyRoundsInARow() throws EtcdException {
    Interloper rival =
        Interloper.on(
            KUBELET, 5, (store, round) -> Manifests.append(store, "machine", "rival-" + round));
    MemoryEtcd etcd = rival.etcd();
    seed(etcd, "machine", "old");
    rival.start();
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class, () -> registry.runPod(Manifests.pod("foo"), "machine"));

    List<String> listed = listedOn(etcd, "machine");
    assertThat(rival.roundsWon()).as("rounds the other writer got there first").isEqualTo(5);
    assertThat(listed)
        .as(
            "another writer appended rival-1 .. rival-5, each just before one of runPod's writes,"
                + " and the list became %s: a write that does not compare the index it read"
                + " (a plain set, even after reading again) throws their pods away. Read hint 3: read"
                + " again with loadManifests and go round the loop",
            listed)
        .contains("old", "rival-1", "rival-2", "rival-3", "rival-4", "rival-5");
    if (thrown == null) {
      assertThat(listed)
          .as(
              "runPod returned normally after losing five rounds in a row, but pod foo is not"
                  + " listed: %s. A loop that stops retrying must throw, never report success"
                  + " without having written. Read hint 3: read again with loadManifests and go round"
                  + " the loop",
              listed)
          .contains("foo");
    }
  }

  @Test
  @DisplayName("tries once and gives up on an error that is not a lost race")
  void noRetryOnOtherErrors() throws EtcdException {
    Recorder recorder = new Recorder();
    MemoryEtcd etcd =
        GuardedEtcd.create(
            recorder, Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, 200));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class, () -> registry.runPod(Manifests.pod("foo"), "machine"));

    assertThat(thrown).as("hint 3: any other error is thrown to the caller").isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(200);
    assertThat(recorder.count("TRY COMPARE_AND_SWAP"))
        .as("hint 3: error 200 is not a lost race; any other error is thrown to the caller")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("writes an existing list only by compare-and-swap at the index it read")
  void existingListUsesCas() throws EtcdException {
    Recorder recorder = new Recorder();
    MemoryEtcd etcd = GuardedEtcd.create(recorder);
    seed(etcd, "machine", "bar");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.runPod(Manifests.pod("foo"), "machine");

    assertThat(recorder.calls())
        .as("hint 1: when index != 0 the list exists: helper.compareAndSwapObj, never a plain set")
        .contains("COMPARE_AND_SWAP " + KUBELET)
        .filteredOn(call -> call.startsWith("SET " + KUBELET))
        .hasSize(1); // the seed
  }

  @Test
  @DisplayName("leaves other machines' lists alone")
  void otherMachinesUntouched() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    seed(etcd, "machine");
    seed(etcd, "other", "x");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.runPod(Manifests.pod("foo"), "machine");

    assertThat(listedOn(etcd, "other")).containsExactly("x");
    assertThat(listedOn(etcd, "machine")).containsExactly("foo");
  }

  @Test
  @DisplayName("hands a first list (index 0) to writeFirstManifests, never to compare-and-swap")
  void indexZeroIsAFirstWrite() throws EtcdException {
    Recorder recorder = new Recorder();
    MemoryEtcd etcd = GuardedEtcd.create(recorder);
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.updateManifests("machine", List.of(Manifests.manifest("foo")), 0);

    assertThat(recorder.calls())
        .as("hint 1: index 0 means there was no list: call writeFirstManifests")
        .noneMatch(call -> call.contains("COMPARE_AND_SWAP"));
    assertThat(listedOn(etcd, "machine")).containsExactly("foo");
  }

  @Test
  @DisplayName("keeps the error code when etcd refuses with something else than 101 or 105")
  void unreachableIsThrown() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.before(
                MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class, () -> registry.updateManifests("machine", List.of(), 1));

    assertThat(thrown).isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(EtcdErrors.UNREACHABLE);
  }
}
