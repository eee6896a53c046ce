package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MemoryEtcd must answer as etcd 3.4's v2 API did when checked on a real server. */
@DisplayName("The embedded etcd")
class MemoryEtcdTest {
  private final MemoryEtcd etcd = new MemoryEtcd();

  @Test
  @DisplayName("numbers every write from one global index, like etcd")
  void oneGlobalIndex() throws EtcdException {
    EtcdNode a = etcd.set("/a", "1");
    EtcdNode b = etcd.set("/b", "1");
    EtcdNode a2 = etcd.set("/a", "2");

    assertThat(List.of(a.modifiedIndex(), b.modifiedIndex(), a2.modifiedIndex()))
        .as("each write takes the next index of one counter shared by all keys")
        .containsExactly(1L, 2L, 3L);
    assertThat(a2.createdIndex())
        .as("overwriting a key keeps its created index")
        .isEqualTo(a.createdIndex());
    assertThat(etcd.index()).as("the store's index is the last write's").isEqualTo(3);
  }

  @Test
  @DisplayName("answers 100 for a missing key, on get, compare-and-swap and delete")
  void notFound() {
    for (ThrowingCall call :
        List.<ThrowingCall>of(
            () -> etcd.get("/x"),
            () -> etcd.compareAndSwap("/x", "v", 4),
            () -> etcd.delete("/x"))) {
      EtcdException error = catchThrowableOfType(EtcdException.class, call::run);
      assertThat(error.errorCode())
          .as("every call on a missing key fails with 100, key not found")
          .isEqualTo(EtcdErrors.NOT_FOUND);
    }
  }

  @Test
  @DisplayName("refuses a stale compare-and-swap with 101 and writes nothing")
  void staleIndex() throws EtcdException {
    EtcdNode first = etcd.set("/k", "1");
    etcd.set("/k", "2");

    EtcdException error =
        catchThrowableOfType(
            EtcdException.class, () -> etcd.compareAndSwap("/k", "3", first.modifiedIndex()));

    assertThat(error.errorCode())
        .as("a swap at a stale index fails with 101, compare failed")
        .isEqualTo(EtcdErrors.TEST_FAILED);
    assertThat(error.getMessage())
        .as("the error names both indexes, as etcd does")
        .contains("[1 != 2]");
    assertThat(etcd.get("/k").value())
        .as("the refused swap leaves the value unchanged")
        .isEqualTo("2");
    assertThat(etcd.index()).as("the refused swap takes no index").isEqualTo(2);
  }

  @Test
  @DisplayName("accepts a compare-and-swap at the current index")
  void currentIndex() throws EtcdException {
    EtcdNode node = etcd.set("/k", "1");

    EtcdNode swapped = etcd.compareAndSwap("/k", "2", node.modifiedIndex());

    assertThat(swapped.value())
        .as("the swap at the current index writes the new value")
        .isEqualTo("2");
    assertThat(swapped.modifiedIndex()).as("the swap takes the next index").isEqualTo(2);
    assertThat(swapped.createdIndex()).as("the swap keeps the key's created index").isEqualTo(1);
  }

  @Test
  @DisplayName("refuses a create of an existing key with 105")
  void createExisting() throws EtcdException {
    etcd.create("/k", "1");

    EtcdException error = catchThrowableOfType(EtcdException.class, () -> etcd.create("/k", "2"));

    assertThat(error.errorCode())
        .as("creating a key that exists fails with 105, node exists")
        .isEqualTo(EtcdErrors.NODE_EXIST);
    assertThat(etcd.get("/k").value())
        .as("the refused create leaves the value unchanged")
        .isEqualTo("1");
  }

  @Test
  @DisplayName("refuses a compare-and-swap against index 0, which names no write")
  void indexZero() throws EtcdException {
    etcd.set("/k", "1");

    assertThatThrownBy(() -> etcd.compareAndSwap("/k", "2", 0))
        .as("a swap at index 0 is refused: creating is a separate call")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("create");
  }

  @Test
  @DisplayName("tells its hook about every call, refused ones included")
  void hookSeesCalls() throws EtcdException {
    List<String> seen = new ArrayList<>();
    MemoryEtcd watched =
        new MemoryEtcd(
            new MemoryEtcd.Hook() {
              @Override
              public void after(MemoryEtcd.Call call, EtcdNode result) {
                seen.add(call.operation() + " " + call.key());
              }

              @Override
              public void failed(MemoryEtcd.Call call, EtcdException error) {
                seen.add(call.operation() + " " + call.key() + " " + error.errorCode());
              }
            });

    watched.set("/k", "1");
    catchThrowableOfType(EtcdException.class, () -> watched.create("/k", "2"));
    watched.delete("/k");

    assertThat(seen)
        .as("the listener saw every call in order, with the failure's code")
        .containsExactly("SET /k", "CREATE /k 105", "DELETE /k");
  }

  @Test
  @DisplayName("a fault after a write leaves the write in place: the ambiguous failure")
  void faultAfterWrite() throws EtcdException {
    MemoryEtcd faulty =
        new MemoryEtcd(Fault.after(MemoryEtcd.Operation.SET, "/k", 1, EtcdErrors.UNREACHABLE));

    EtcdException error = catchThrowableOfType(EtcdException.class, () -> faulty.set("/k", "1"));

    assertThat(EtcdErrors.isEtcdUnreachable(error))
        .as("the fault reads as an unreachable etcd")
        .isTrue();
    assertThat(faulty.get("/k").value())
        .as("the write happened although the call failed")
        .isEqualTo("1");
  }

  /** ThrowingCall is one etcd call that is expected to fail. */
  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws EtcdException;
  }
}
