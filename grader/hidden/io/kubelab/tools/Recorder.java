package io.kubelab.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * Recorder remembers every call the embedded etcd was asked ("TRY SET /k"), served ("SET /k") or
 * refused ("CREATE /k 105"), in order. Put it before the hooks that fail calls, to see attempts
 * that a later hook fails.
 */
public final class Recorder implements MemoryEtcd.Hook {
  private final List<String> calls = new ArrayList<>();

  @Override
  public synchronized void before(MemoryEtcd.Call call) {
    calls.add("TRY " + call.operation() + " " + call.key());
  }

  @Override
  public synchronized void after(MemoryEtcd.Call call, EtcdNode result) {
    calls.add(call.operation() + " " + call.key());
  }

  @Override
  public synchronized void failed(MemoryEtcd.Call call, EtcdException error) {
    calls.add(call.operation() + " " + call.key() + " " + error.errorCode());
  }

  /** Returns the calls so far, e.g. "COMPARE_AND_SWAP /k 101". */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** Returns how many calls start with {@code prefix}. */
  public synchronized long count(String prefix) {
    return calls.stream().filter(call -> call.startsWith(prefix)).count();
  }
}
