package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kubelab.api.Container;
import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.api.PodState;
import io.kubelab.registry.BasicManifestFactory;
import io.kubelab.registry.EtcdRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "atomicUpdate and assignPod, hidden checks (lesson pr-265, bonus exercise atomic-update)")
class AtomicUpdateHiddenTest {
  private static final TypeReference<Integer> NUMBER = new TypeReference<>() {};
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @Test
  @DisplayName("hands tryUpdate the stored value and writes what it returns (TestAtomicUpdate)")
  void updatesExistingNode() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/n", 41);
    AtomicReference<Integer> seen = new AtomicReference<>();

    helper.atomicUpdate(
        "/n",
        NUMBER,
        n -> {
          seen.set(n);
          return n + 1;
        });

    assertThat(seen.get()).isEqualTo(41);
    assertThat(helper.extractObj("/n", NUMBER, false).value()).isEqualTo(42);
  }

  @Test
  @DisplayName("reads again and reapplies tryUpdate when another writer wins the compare-and-swap")
  void retriesAfterConflict() throws EtcdException {
    // Before each of atomicUpdate's first two writes, another writer sets the key: both lose (101).
    Interloper other =
        Interloper.on("/n", 2, (etcd, round) -> new EtcdHelper(etcd).setObj("/n", round * 100));
    EtcdHelper helper = new EtcdHelper(other.etcd());
    helper.setObj("/n", 1);
    other.start();
    List<Integer> seen = new ArrayList<>();

    Throwable thrown =
        catchThrowable(
            () ->
                helper.atomicUpdate(
                    "/n",
                    NUMBER,
                    n -> {
                      seen.add(n);
                      return n + 1;
                    }));

    assertThat(thrown)
        .as(
            "another writer changed /n just before each of the first two compare-and-swaps, and"
                + " atomicUpdate threw %s. A 101 means nothing was written: read hint 1, write,"
                + " retry on 101 or 105",
            thrown)
        .isNull();
    assertThat(seen)
        .as("hint 1: apply tryUpdate to the value (null when absent), read again after each 101")
        .containsExactly(1, 100, 200);
    assertThat(helper.extractObj("/n", NUMBER, false).value())
        .as("the value the other writer left (200), incremented once")
        .isEqualTo(201);
  }

  @Test
  @DisplayName("writes nothing when tryUpdate throws, and passes the error on")
  void tryUpdateErrorPropagates() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/n", 1);
    long before = etcd.index();

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class,
            () ->
                helper.atomicUpdate(
                    "/n",
                    NUMBER,
                    n -> {
                      throw new EtcdException(999, "refused by tryUpdate", 0);
                    }));

    assertThat(thrown).isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(999);
    assertThat(etcd.index()).isEqualTo(before);
  }

  @Test
  @DisplayName("lists the pod once when a compare-and-swap committed but its answer was lost")
  void ambiguousCasListsOnce() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.after(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, EtcdErrors.UNREACHABLE));
    new EtcdHelper(etcd).setObj(KUBELET, List.of(new ContainerManifest(null, null, "bar")));
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.assignPod(new Pod("foo", null, null, null), "machine");

    assertThat(ids(etcd)).containsExactly("bar", "foo");
  }

  @Test
  @DisplayName("leaves the list as it was when the pod is already listed")
  void alreadyListed() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    new EtcdHelper(etcd).setObj(KUBELET, List.of(new ContainerManifest(null, null, "foo")));
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.assignPod(new Pod("foo", null, null, null), "machine");

    assertThat(ids(etcd)).containsExactly("foo");
  }

  @Test
  @DisplayName("passes an ambiguous failure on instead of retrying it: 41 incremented once is 42")
  void ambiguousCasSurfaces() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.after(
                MemoryEtcd.Operation.COMPARE_AND_SWAP, "/counter", 1, EtcdErrors.UNREACHABLE));
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/counter", 41);

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class, () -> helper.atomicUpdate("/counter", NUMBER, n -> n + 1));
    Integer counter = helper.extractObj("/counter", NUMBER, false).value();

    assertThat(counter)
        .as(
            "the compare-and-swap of 42 committed, but its answer was lost (501); atomicUpdate"
                + " retried and the counter became %s. Only 101 and 105 mean nothing was written:"
                + " pass every other error to the caller, who knows whether the update can run"
                + " twice. Read hint 1: write, retry on 101 or 105, and on nothing else",
            counter)
        .isEqualTo(42);
    assertThat(thrown).as("the ambiguous failure, passed to the caller").isNotNull();
    assertThat(thrown.errorCode())
        .as("the error code atomicUpdate passed on")
        .isEqualTo(EtcdErrors.UNREACHABLE);
  }

  @Test
  @DisplayName("lists a pod once when it is listed already with a different manifest")
  void alreadyListedMeansSamePodId() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    ContainerManifest earlier = new ContainerManifest("v1beta1", null, "foo");
    new EtcdHelper(etcd).setObj(KUBELET, List.of(earlier));
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());
    ContainerManifest now =
        new ContainerManifest("v1beta2", List.of(new Container("web", "nginx", null, null)), null);

    registry.assignPod(new Pod("foo", null, new PodState(now, null, null, null), null), "machine");

    assertThat(ids(etcd))
        .as(
            "pod foo was listed with an earlier version of its manifest and assigned again:"
                + " \"already listed\" means a manifest with the same pod id, not an equal"
                + " manifest. Read hint 3")
        .containsExactly("foo");
  }

  @Test
  @DisplayName("passes on at once an error etcd answered with: only an unreachable etcd is retried")
  void answeredErrorIsNotRetried() throws EtcdException {
    Recorder recorder = new Recorder();
    MemoryEtcd etcd =
        GuardedEtcd.create(
            recorder, Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, 200));
    new EtcdHelper(etcd).setObj(KUBELET, List.of(new ContainerManifest(null, null, "bar")));
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    Throwable thrown =
        catchThrowable(() -> registry.assignPod(new Pod("foo", null, null, null), "machine"));

    assertThat(recorder.count("TRY COMPARE_AND_SWAP"))
        .as(
            "etcd answered the first compare-and-swap with error 200 (a bad request: it wrote"
                + " nothing, and asking again cannot help), and assignPod tried %s times in all."
                + " Read hint 3: retry only when etcd was unreachable (the write may have"
                + " committed); pass every answered error to the caller",
            recorder.count("TRY COMPARE_AND_SWAP"))
        .isEqualTo(1);
    assertThat(thrown)
        .as("hint 3: only when etcd was unreachable is running the update again the answer")
        .isInstanceOf(EtcdException.class);
    assertThat(((EtcdException) thrown).errorCode())
        .as("the error etcd answered with, passed on unchanged")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("gives up after repeated unreachable errors instead of looping forever")
  void givesUp() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            new MemoryEtcd.Hook() {
              @Override
              public void before(MemoryEtcd.Call call) throws EtcdException {
                if (call.operation() == MemoryEtcd.Operation.CREATE) {
                  throw new EtcdException(EtcdErrors.UNREACHABLE, "etcd is gone", 0);
                }
              }
            });
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class,
            () -> registry.assignPod(new Pod("foo", null, null, null), "machine"));

    assertThat(thrown)
        .as("hint 3: running the update again is safe, but retry it a few times, not forever")
        .isNotNull();
    assertThat(EtcdErrors.isEtcdUnreachable(thrown)).isTrue();
  }

  private static List<String> ids(MemoryEtcd etcd) throws EtcdException {
    return new EtcdHelper(etcd)
        .extractObj(KUBELET, EtcdRegistry.MANIFESTS, false).value().stream()
            .map(ContainerManifest::id)
            .toList();
  }
}
