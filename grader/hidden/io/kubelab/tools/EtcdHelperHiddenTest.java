package io.kubelab.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EtcdHelper, hidden checks (lesson pr-265, exercise compare-and-swap)")
class EtcdHelperHiddenTest {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  @Test
  @DisplayName("stores JSON that reads back equal, at the index extractObj reports")
  void roundTrip() throws EtcdException {
    MemoryEtcd etcd = new MemoryEtcd();
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/k", List.of("a"));
    long index = helper.extractObj("/k", STRINGS, false).index();

    helper.compareAndSwapObj("/k", List.of("a", "b"), index);

    Versioned<List<String>> read = helper.extractObj("/k", STRINGS, false);
    assertThat(read.value()).containsExactly("a", "b");
    assertThat(read.index()).isEqualTo(etcd.index()).isGreaterThan(index);
  }

  @Test
  @DisplayName("compares exactly the index given: one less or one more is refused")
  void exactIndex() throws EtcdException {
    MemoryEtcd etcd = new MemoryEtcd();
    EtcdHelper helper = new EtcdHelper(etcd);
    etcd.set("/other", "x");
    helper.setObj("/k", List.of("a"));
    long index = etcd.get("/k").modifiedIndex();

    for (long wrong : new long[] {index - 1, index + 1}) {
      EtcdException refused =
          catchThrowableOfType(
              EtcdException.class, () -> helper.compareAndSwapObj("/k", List.of("b"), wrong));
      assertThat(refused)
          .as("hint 1: call client.compareAndSwap(key, json, index) with the index given")
          .isNotNull();
      assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
    }
    assertThat(etcd.get("/k").value()).isEqualTo("[\"a\"]");
  }

  @Test
  @DisplayName("refuses the old index of a key that was deleted and written again")
  void recreatedKey() throws EtcdException {
    MemoryEtcd etcd = new MemoryEtcd();
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/k", List.of("a"));
    long old = etcd.get("/k").modifiedIndex();
    etcd.delete("/k");
    helper.setObj("/k", List.of("new"));

    EtcdException refused =
        catchThrowableOfType(
            EtcdException.class, () -> helper.compareAndSwapObj("/k", List.of("b"), old));

    assertThat(refused).isNotNull();
    assertThat(refused.errorCode()).isEqualTo(EtcdErrors.TEST_FAILED);
  }

  @Test
  @DisplayName("writes nothing at all when refused")
  void refusedWritesNothing() throws EtcdException {
    MemoryEtcd etcd = new MemoryEtcd();
    EtcdHelper helper = new EtcdHelper(etcd);
    helper.setObj("/k", List.of("a"));
    helper.setObj("/k", List.of("b"));
    long before = etcd.index();

    catchThrowableOfType(
        EtcdException.class, () -> helper.compareAndSwapObj("/k", List.of("c"), 1));

    assertThat(etcd.index())
        .as("hint 2: do not catch anything: a refused write must not be retried as a plain set")
        .isEqualTo(before);
    assertThat(etcd.get("/k").value()).isEqualTo("[\"b\"]");
  }

  @Test
  @DisplayName("never writes with a plain set")
  void neverSets() throws EtcdException {
    Recorder recorder = new Recorder();
    MemoryEtcd etcd = new MemoryEtcd(recorder);
    EtcdHelper helper = new EtcdHelper(etcd);
    etcd.create("/k", "[]");

    helper.compareAndSwapObj("/k", List.of("a"), etcd.get("/k").modifiedIndex());

    assertThat(recorder.calls())
        .as(
            "hint 1: compareAndSwapObj calls client.compareAndSwap(key, json, index), never client.set")
        .contains("COMPARE_AND_SWAP /k")
        .noneMatch(call -> call.startsWith("SET"));
  }

  @Test
  @DisplayName("passes etcd's other errors on with their code")
  void otherErrorsPropagate() throws EtcdException {
    MemoryEtcd etcd =
        new MemoryEtcd(
            Fault.before(MemoryEtcd.Operation.COMPARE_AND_SWAP, "/k", 1, EtcdErrors.UNREACHABLE));
    EtcdHelper helper = new EtcdHelper(etcd);
    etcd.set("/k", "[]");

    EtcdException thrown =
        catchThrowableOfType(
            EtcdException.class, () -> helper.compareAndSwapObj("/k", List.of("a"), 1));

    assertThat(thrown)
        .as("hint 2: do not catch anything: etcd's error is the answer the caller needs")
        .isNotNull();
    assertThat(thrown.errorCode()).isEqualTo(EtcdErrors.UNREACHABLE);
  }
}
