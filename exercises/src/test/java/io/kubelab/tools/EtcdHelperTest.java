package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EtcdHelper.compareAndSwapObj (lesson pr-265, exercise compare-and-swap)")
class EtcdHelperTest {
  private final MemoryEtcd etcd = new MemoryEtcd();
  private final EtcdHelper helper = new EtcdHelper(etcd);

  @Test
  @DisplayName("writes the object as JSON when the key is still at the index that was read")
  void writesWhenIndexMatches() throws EtcdException {
    helper.setObj("/foo", List.of("a"));
    long index = etcd.get("/foo").modifiedIndex();

    helper.compareAndSwapObj("/foo", List.of("a", "b"), index);

    EtcdNode stored = etcd.get("/foo");
    assertThat(stored.value())
        .as("hint 1: encode with EtcdHelper.encode(obj), like setObj")
        .isEqualTo("[\"a\",\"b\"]");
    assertThat(stored.modifiedIndex()).isGreaterThan(index);
  }

  @Test
  @DisplayName("is refused with 101 when someone wrote the key after it was read")
  void refusedWhenSomeoneWroteSince() throws EtcdException {
    helper.setObj("/foo", List.of("a"));
    long index = etcd.get("/foo").modifiedIndex();
    helper.setObj("/foo", List.of("someone else"));

    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class, () -> helper.compareAndSwapObj("/foo", List.of("mine"), index));

    assertThat(refused)
        .as("hint 1: client.compareAndSwap(key, json, index) makes etcd compare the index")
        .isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
    assertThat(etcd.get("/foo").value()).isEqualTo("[\"someone else\"]");
  }

  @Test
  @DisplayName("is refused with 100 when the key does not exist")
  void refusedWhenKeyMissing() {
    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class, () -> helper.compareAndSwapObj("/missing", List.of("x"), 7));

    assertThat(refused)
        .as("hint 2: do not catch anything: 100 when the key is gone is what the caller needs")
        .isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.NOT_FOUND);
  }
}
