package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.Collections;
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

  @Test
  @DisplayName("a lockstep lets threads call in turn, one call each, the same way every run")
  void lockstepTakesTurns() throws Exception {
    Lockstep lockstep = new Lockstep(3);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    MemoryEtcd.Hook log =
        new MemoryEtcd.Hook() {
          @Override
          public void after(MemoryEtcd.Call call, EtcdNode result) {
            order.add(call.thread() + " " + call.key());
          }
        };
    // The log comes first: it records each call before the lockstep hands the turn on.
    MemoryEtcd logged = new MemoryEtcd(Hooks.of(log, lockstep));

    List<Throwable> failures =
        Concurrently.run(
            "party",
            3,
            lockstep.task(
                party -> {
                  for (int call = 0; call < 3 - party; call++) {
                    logged.set("/" + party + "/" + call, "x");
                  }
                }));

    assertThat(failures).as("what the parties threw").isEmpty();
    assertThat(order)
        .as("calls in turn order, skipping parties that have finished")
        .containsExactly(
            "party-0 /0/0",
            "party-1 /1/0",
            "party-2 /2/0",
            "party-0 /0/1",
            "party-1 /1/1",
            "party-0 /0/2");
  }

  @Test
  @DisplayName("a lockstep passes the turn of a party that waits for a lock another party holds")
  void lockstepPassesABlockedTurn() throws Exception {
    Lockstep lockstep = new Lockstep(2);
    MemoryEtcd etcd = new MemoryEtcd(lockstep);
    Object serialized = new Object();

    List<Throwable> failures =
        Concurrently.run(
            "party",
            2,
            lockstep.task(
                party -> {
                  synchronized (serialized) {
                    etcd.set("/" + party + "/a", "x");
                    etcd.set("/" + party + "/b", "x");
                  }
                }));

    assertThat(failures).as("what the parties threw").isEmpty();
    assertThat(etcd.index()).as("writes made by both parties").isEqualTo(4);
  }

  @Test
  @DisplayName("an interloper writes the key just before each of its rounds' writes, once started")
  void interloperWinsItsRounds() throws EtcdException {
    Interloper interloper =
        Interloper.on("/k", 2, (store, round) -> store.set("/k", "rival " + round));
    MemoryEtcd etcd = interloper.etcd();
    EtcdNode seeded = etcd.set("/k", "seed");
    interloper.start();

    EtcdException first =
        catchThrowableOfType(
            EtcdException.class, () -> etcd.compareAndSwap("/k", "mine", seeded.modifiedIndex()));
    EtcdNode rival = etcd.get("/k");
    EtcdException second =
        catchThrowableOfType(
            EtcdException.class, () -> etcd.compareAndSwap("/k", "mine", rival.modifiedIndex()));
    EtcdNode mine = etcd.compareAndSwap("/k", "mine", etcd.get("/k").modifiedIndex());

    assertThat(first.errorCode()).as("the first swap, after rival 1 wrote").isEqualTo(101);
    assertThat(rival.value()).as("what rival 1 wrote").isEqualTo("rival 1");
    assertThat(second.errorCode()).as("the second swap, after rival 2 wrote").isEqualTo(101);
    assertThat(mine.value()).as("the third swap, with no rival left").isEqualTo("mine");
    assertThat(interloper.roundsWon()).as("rounds the interloper won").isEqualTo(2);
  }

  /** ThrowingCall is one etcd call that is expected to fail. */
  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws EtcdException;
  }
}
