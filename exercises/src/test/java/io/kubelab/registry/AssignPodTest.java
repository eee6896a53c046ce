package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.MemoryEtcd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EtcdRegistry.assignPod (lesson pr-265, bonus exercise atomic-update)")
class AssignPodTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @Test
  @DisplayName("lists the pod once when its write committed but the answer was lost")
  void ambiguousFailureListsOnce() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.after(MemoryEtcd.Operation.CREATE, KUBELET, 1, EtcdErrors.UNREACHABLE));
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    registry.assignPod(pod("foo"), "machine");

    assertThat(listedOn(etcd, "machine"))
        .as(
            "hint 3: after an unreachable error, try again; an update that finds the pod listed"
                + " already has nothing to add")
        .containsExactly("foo");
  }
}
