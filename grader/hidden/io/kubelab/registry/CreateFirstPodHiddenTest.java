package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.Lockstep;
import io.kubelab.tools.MemoryEtcd;
import io.kubelab.tools.Recorder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The first pod, hidden checks (lesson pr-265, exercise create-first-pod)")
class CreateFirstPodHiddenTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @ParameterizedTest(name = "{0} first pods")
  @ValueSource(ints = {2, 5})
  @Timeout(15)
  @DisplayName("lists every first pod that raced onto an empty machine, never by a plain set")
  void racingFirstPods(int pods) throws Exception {
    // The writers take turns call by call: all find no list, all write a first one, in the same
    // order on every run.
    Recorder recorder = new Recorder();
    Lockstep lockstep = new Lockstep(pods);
    MemoryEtcd etcd = GuardedEtcd.create(recorder, lockstep);
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());
    String[] ids = IntStream.range(0, pods).mapToObj(i -> "pod-" + i).toArray(String[]::new);

    List<Throwable> failures = EtcdRegistryTest.runConcurrently(lockstep, registry, ids);

    assertThat(failures).isEmpty();
    assertThat(listedOn(etcd, "machine"))
        .as("hint 1: a plain set lets the second overwrite the first, and the others vanish")
        .containsExactlyInAnyOrder(ids);
    assertThat(recorder.calls())
        .as(
            "hint 2: helper.createObj writes only if the key does not exist: the first write must be create-only")
        .noneMatch(call -> call.startsWith("SET " + KUBELET));
    assertThat(recorder.count("CREATE " + KUBELET + " 105"))
        .as("every loser of the first write is refused with 105, then retries")
        .isEqualTo(pods - 1);
  }
}
