package io.kubelab.registry;

import static io.kubelab.registry.Manifests.listedOn;
import static io.kubelab.registry.Manifests.pod;
import static io.kubelab.registry.Manifests.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.Fault;
import io.kubelab.tools.GuardedEtcd;
import io.kubelab.tools.MemoryEtcd;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("runPod's pod key, hidden checks (lesson pr-265, exercise keep-create-error)")
class KeepCreateErrorHiddenTest {
  private static final String KUBELET = EtcdRegistry.makeContainerKey("machine");
  private static final String POD_KEY = EtcdRegistry.makePodKey("machine", "foo");

  /** A correct runPod tries the cleanup once; a few bounded retries are fine too. */
  private static final int MAX_CLEANUP_ATTEMPTS = 3;

  @Test
  @DisplayName("fails, and lists nothing, when creating the pod key fails")
  void createFailureStopsEverything() throws EtcdException {
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.before(MemoryEtcd.Operation.CREATE, POD_KEY, 1, EtcdErrors.UNREACHABLE));
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown)
        .as("hint 1: remove the try/catch around helper.createObj(podKey, pod)")
        .isNotNull();
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
    assertThat(thrown.errorCode())
        .as("hint 2: then rethrow the original error, the manifest update's own")
        .isEqualTo(200);
    assertThat(catchThrowableOfType(EtcdException.class, () -> etcd.get(POD_KEY)))
        .as("hint 2: delete it with helper.client().delete(podKey)")
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
        .as("hint 2: add a cleanup failure with addSuppressed, it does not replace the error")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("leaves an existing pod's key alone when the pod key already exists")
  void existingPodKeyIsKept() throws EtcdException {
    MemoryEtcd etcd = GuardedEtcd.create();
    seed(etcd, "machine", "foo");
    String running = "{\"id\":\"foo\",\"labels\":{\"owner\":\"someone else\"}}";
    etcd.set(POD_KEY, running);
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    EtcdException thrown =
        catchThrowableOfType(EtcdException.class, () -> registry.runPod(pod("foo"), "machine"));

    assertThat(thrown).as("runPod of a pod whose key exists must fail").isNotNull();
    assertThat(thrown.errorCode()).as("the error of the refused create").isEqualTo(105);
    EtcdException lookup = catchThrowableOfType(EtcdException.class, () -> etcd.get(POD_KEY));
    assertThat(lookup)
        .as(
            "pod foo was already running and runPod's create was refused with 105, yet runPod"
                + " deleted foo's key: only a key this call created may be cleaned up. Read hint 1:"
                + " remove the try/catch around helper.createObj(podKey, pod);"
                + " create the pod key before the try whose catch deletes it")
        .isNull();
    assertThat(etcd.get(POD_KEY).value()).as("the running pod's key, unchanged").isEqualTo(running);
    assertThat(listedOn(etcd, "machine")).as("the list, unchanged").containsExactly("foo");
  }

  @Test
  @DisplayName("returns the original error at once when the cleanup delete keeps failing")
  void cleanupFailingForeverReturnsPromptly() throws EtcdException {
    AtomicInteger deletes = new AtomicInteger();
    MemoryEtcd.Hook deleteAlwaysFails =
        new MemoryEtcd.Hook() {
          @Override
          public void before(MemoryEtcd.Call call) throws EtcdException {
            if (call.operation() != MemoryEtcd.Operation.DELETE) {
              return;
            }
            if (deletes.incrementAndGet() > MAX_CLEANUP_ATTEMPTS * 10) {
              // An Error, not an EtcdException: a loop that retries every exception stops here.
              throw new AssertionError(
                  "runPod tried the cleanup delete "
                      + deletes.get()
                      + " times against an etcd that answers every DELETE with 501: it must give"
                      + " up and rethrow the original error (read hint 2)");
            }
            throw new EtcdException(EtcdErrors.UNREACHABLE, "etcd is unreachable", 0);
          }
        };
    MemoryEtcd etcd =
        GuardedEtcd.create(
            Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, KUBELET, 1, 200),
            deleteAlwaysFails);
    seed(etcd, "machine");
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());

    Throwable thrown = catchThrowable(() -> registry.runPod(pod("foo"), "machine"));

    assertThat(deletes.get())
        .as(
            "cleanup deletes tried while every DELETE answered 501: a failed cleanup is reported,"
                + " not retried until it works. Read hint 2: rethrow the original error (add a cleanup"
                + " failure with addSuppressed)")
        .isBetween(1, MAX_CLEANUP_ATTEMPTS);
    assertThat(thrown)
        .as("runPod's error when listing the manifest failed")
        .isInstanceOf(EtcdException.class);
    assertThat(((EtcdException) thrown).errorCode())
        .as("hint 2: rethrow the original error (200), not the cleanup's")
        .isEqualTo(200);
    assertThat(thrown.getSuppressed())
        .as(
            "the failed cleanup must travel with the original error: add it with"
                + " e.addSuppressed(cleanup), so the caller knows a pod key may be stranded."
                + " Read hint 2")
        .anySatisfy(
            suppressed ->
                assertThat(EtcdErrors.isEtcdUnreachable(suppressed))
                    .as("a suppressed 501 from the cleanup delete")
                    .isTrue());
  }
}
