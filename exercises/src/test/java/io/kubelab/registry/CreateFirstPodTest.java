package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdHelper;
import io.kubelab.tools.EtcdNode;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.Lockstep;
import io.kubelab.tools.MemoryEtcd;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("The first pod on a machine (lesson pr-265, exercise create-first-pod)")
class CreateFirstPodTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");

  @Test
  @Timeout(20)
  @DisplayName("two first pods on an empty machine are both listed")
  void twoFirstPodsKeepBoth() throws Exception {
    Lockstep lockstep = new Lockstep(2);
    MemoryEtcd etcd = GuardedEtcd.create(lockstep);
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    List<Throwable> failures = EtcdRegistryTest.runConcurrently(lockstep, registry, "foo", "bar");

    assertThat(failures).isEmpty();
    assertThat(listedOn(etcd, "machine"))
        .as(
            "hint 1: two callers can both see that there was no list (index 0); with a plain set"
                + " the last one wins, with createObj the second gets 105 and retries")
        .containsExactlyInAnyOrder("foo", "bar");
  }

  @Test
  @DisplayName("never overwrites a list that another writer created after the read")
  void firstWriteIsCreateOnly() throws Exception {
    AtomicReference<MemoryEtcd> etcd = new AtomicReference<>();
    MemoryEtcd.Hook otherWriter =
        new MemoryEtcd.Hook() {
          private boolean done;

          @Override
          public void failed(MemoryEtcd.Call call, EtcdException error) {
            // Right after our read found no list, another API call creates one.
            if (!done
                && call.operation() == MemoryEtcd.Operation.GET
                && call.key().equals(KUBELET)) {
              done = true;
              try {
                new EtcdHelper(etcd.get()).createObj(KUBELET, List.of(Manifests.manifest("other")));
              } catch (EtcdException e) {
                throw new IllegalStateException(e);
              }
            }
          }
        };
    etcd.set(GuardedEtcd.create(otherWriter));
    EtcdRegistry registry = new EtcdRegistry(etcd.get(), new BasicManifestFactory());

    registry.runPod(pod("foo"), "machine");

    assertThat(listedOn(etcd.get(), "machine"))
        .as("hint 2: helper.createObj writes only if the key does not exist; then retry on 105")
        .containsExactly("other", "foo");
    EtcdNode list = etcd.get().get(KUBELET);
    assertThat(list.createdIndex()).isLessThan(list.modifiedIndex());
  }
}
