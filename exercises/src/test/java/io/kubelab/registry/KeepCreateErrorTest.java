package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static io.kubelab.registry.Manifests.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.MemoryEtcd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("runPod's pod key (lesson pr-265, exercise keep-create-error)")
class KeepCreateErrorTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");
  private static final String POD_KEY = EtcdRegistry.makePodKey("machine", "foo");

  @Test
  @DisplayName("fails, and lists nothing, when the pod key already exists")
  void existingPodKeyIsAnError() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    seed(etcd, "machine");
    etcd.set(POD_KEY, "{\"id\":\"foo\"}");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown)
        .as("hint 1: remove the try/catch around helper.createObj(podKey, pod)")
        .isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(EtcdErrors.NODE_EXIST);
    assertThat(listedOn(etcd, "machine")).isEmpty();
  }

  @Test
  @DisplayName("removes the pod key again when its manifest cannot be listed")
  void noStrandedPod() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.before(
                MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown).isNotNull();
    EtcdException lookup = catchThrowableOfType(EtcdException.class, () -> etcd.get(POD_KEY));
    assertThat(lookup)
        .as(
            "hint 2: when addManifest fails, delete the pod key you created, then rethrow the"
                + " original error")
        .isNotNull();
    assertThat(EtcdErrors.isEtcdNotFound(lookup)).isTrue();
  }
}
