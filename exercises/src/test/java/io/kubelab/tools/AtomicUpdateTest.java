package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kubelab.testing.Concurrently;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("EtcdHelper.atomicUpdate (lesson pr-265, bonus exercise atomic-update)")
class AtomicUpdateTest {
  private static final TypeReference<Integer> NUMBER = new TypeReference<>() {};

  @Test
  @Timeout(20)
  @DisplayName("ten writers that all read the missing key first lose no increment")
  void createCollision() throws Exception {
    // The writers call etcd in turn: all find no key, all try to create it, the same way each run.
    Lockstep lockstep = new Lockstep(10);
    MemoryEtcd etcd = GuardedEtcd.create(lockstep);
    EtcdHelper helper = new EtcdHelper(etcd);
    List<Throwable> failures =
        Concurrently.run(
            "writer",
            10,
            lockstep.task(
                writer -> helper.atomicUpdate("/counter", NUMBER, n -> n == null ? 1 : n + 1)));

    assertThat(failures).as("errors thrown by atomicUpdate").isEmpty();
    assertThat(helper.extractObj("/counter", NUMBER, false).value())
        .as("hint 2: write with createObj when the index is 0 (no key), and retry on 105 like 101")
        .isEqualTo(10);
  }
}
