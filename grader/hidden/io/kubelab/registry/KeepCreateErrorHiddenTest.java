package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static io.kubelab.registry.Manifests.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.MemoryEtcd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("runPod's pod key, hidden checks (lesson pr-265, exercise keep-create-error)")
class KeepCreateErrorHiddenTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");
  private static final String POD_KEY = EtcdRegistry.makePodKey("machine", "foo");

  @Test
  @DisplayName("fails, and lists nothing, when creating the pod key fails")
  void createFailureStopsEverything() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(Fault.before(MemoryEtcd.Operation.CREATE, POD_KEY, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown).as("hint 1: the create's error must reach the caller").isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(EtcdErrors.UNREACHABLE);
    assertThat(listedOn(etcd, "machine")).isEmpty();
  }

  @Test
  @DisplayName("rethrows the original error after removing the stranded pod key")
  void originalErrorAfterCleanup() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, 200));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown).isNotNull();
    assertThat(thrown.errorCode()).as("hint 2: rethrow the manifest update's own error").isEqualTo(200);
    assertThat(catchThrowableOfType(EtcdException.class, () -> etcd.get(POD_KEY)))
        .as("hint 2: the pod key must be gone")
        .isNotNull();
  }

  @Test
  @DisplayName("still reports the original error when the cleanup fails too")
  void cleanupFailureDoesNotHideTheCause() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
                Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, 200),
                Fault.before(MemoryEtcd.Operation.DELETE, POD_KEY, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown).isNotNull();
    assertThat(thrown.errorCode())
        .as("hint 2: a failed cleanup is added with addSuppressed, it does not replace the error")
        .isEqualTo(200);
  }
}
