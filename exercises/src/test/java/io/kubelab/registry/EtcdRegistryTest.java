package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static io.kubelab.registry.Manifests.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.testing.Concurrently;
import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.Lockstep;
import io.kubelab.tools.MemoryEtcd;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("EtcdRegistry.runPod (lesson pr-265, exercise update-manifests)")
class EtcdRegistryTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @Test
  @DisplayName("stores the pod and lists its manifest for the kubelet, as TestEtcdCreatePod did")
  void createsPod() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.runPod(pod("foo"), "machine");

    assertThat(etcd.get(EtcdRegistry.makePodKey("machine", "foo")).value()).contains("\"foo\"");
    assertThat(listedOn(etcd, "machine"))
        .as("hint 2: copy current.value(), append the manifest, then updateManifests")
        .containsExactly("foo");
  }

  @Test
  @DisplayName("appends to the manifests already listed on the machine")
  void appends() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    seed(etcd, "machine", "bar");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.runPod(pod("foo"), "machine");

    assertThat(listedOn(etcd, "machine")).containsExactly("bar", "foo");
  }

  @Test
  @Timeout(20)
  @DisplayName("keeps both pods when two calls read the list, then both write it")
  void twoWritersKeepBoth() throws Exception {
    Lockstep lockstep = new Lockstep(2);
    MemoryEtcd etcd = GuardedEtcd.create(lockstep);
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    List<Throwable> failures = runConcurrently(lockstep, registry, "foo", "bar");

    assertThat(failures).isEmpty();
    assertThat(listedOn(etcd, "machine"))
        .as(
            "hint 3: both read the same list; compare-and-swap makes the second write fail with"
                + " 101, and the loop must read again with loadManifests and retry")
        .containsExactlyInAnyOrder("foo", "bar");
  }

  @Test
  @DisplayName("gives up on errors other than losing the race, instead of retrying forever")
  void otherErrorsAreThrown() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.before(
                MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown)
        .as("hint 3: retry only on 101 (and 105); any other error is thrown to the caller")
        .isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(EtcdErrors.UNREACHABLE);
  }

  /**
   * Runs {@code runPod} for each pod in its own thread, the threads calling etcd in turn (so all
   * read the list before any writes it, the same way every run), and returns what they threw.
   */
  static List<Throwable> runConcurrently(Lockstep lockstep, EtcdRegistry registry, String... podIds)
      throws InterruptedException {
    return Concurrently.run(
        "api-call",
        podIds.length,
        lockstep.task(call -> registry.runPod(pod(podIds[call]), "machine")));
  }
}
