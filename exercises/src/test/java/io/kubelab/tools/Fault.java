package io.kubelab.tools;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault fails the {@code nth} call of one operation on one key with {@code errorCode}: before the
 * store is touched (nothing written), or after it (the write happened, but the caller sees an
 * error: the ambiguous failure of a timed-out request).
 */
public record Fault(
    MemoryEtcd.Operation operation,
    String key,
    int nth,
    int errorCode,
    boolean afterWrite,
    AtomicInteger seen)
    implements MemoryEtcd.Hook {

  /** Fails the {@code nth} (from 1) {@code operation} on {@code key} before it happens. */
  public static Fault before(MemoryEtcd.Operation operation, String key, int nth, int errorCode) {
    return new Fault(operation, key, nth, errorCode, false, new AtomicInteger());
  }

  /** Lets the {@code nth} {@code operation} on {@code key} happen, then reports it failed. */
  public static Fault after(MemoryEtcd.Operation operation, String key, int nth, int errorCode) {
    return new Fault(operation, key, nth, errorCode, true, new AtomicInteger());
  }

  @Override
  public void before(MemoryEtcd.Call call) throws EtcdException {
    if (!afterWrite) {
      strike(call);
    }
  }

  @Override
  public void after(MemoryEtcd.Call call, EtcdNode result) throws EtcdException {
    if (afterWrite) {
      strike(call);
    }
  }

  private void strike(MemoryEtcd.Call call) throws EtcdException {
    if (call.operation() == operation && call.key().equals(key) && seen.incrementAndGet() == nth) {
      throw new EtcdException(errorCode, "injected fault on " + operation + " " + key, 0);
    }
  }
}
