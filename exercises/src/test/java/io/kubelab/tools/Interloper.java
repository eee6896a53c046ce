package io.kubelab.tools;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interloper scripts a writer that always gets there first: just before each of the first {@code
 * rounds} writes to {@code key} (set, create or compare-and-swap), it writes the key itself. So a
 * single caller loses {@code rounds} rounds in a row, the same way on every run, with no thread to
 * time. It stands aside until {@link #start()}, so a test can set the store up first.
 */
public final class Interloper implements MemoryEtcd.Hook {
  private static final Set<MemoryEtcd.Operation> WRITES =
      EnumSet.of(
          MemoryEtcd.Operation.SET,
          MemoryEtcd.Operation.CREATE,
          MemoryEtcd.Operation.COMPARE_AND_SWAP);

  /** Write is what the other writer does to the store in round {@code round} (from 1). */
  @FunctionalInterface
  public interface Write {
    void write(EtcdClient etcd, int round) throws EtcdException;
  }

  private final String key;
  private final int rounds;
  private final Write write;
  private final AtomicInteger round = new AtomicInteger();
  private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
  private MemoryEtcd etcd;
  private volatile boolean started;

  private Interloper(String key, int rounds, Write write) {
    this.key = key;
    this.rounds = rounds;
    this.write = write;
  }

  /**
   * Returns an interloper on an embedded etcd (within {@link GuardedEtcd}'s call budget, after
   * {@code hooks}) that, once started, runs {@code write} before each of the first {@code rounds}
   * writes to {@code key}.
   */
  public static Interloper on(String key, int rounds, Write write, MemoryEtcd.Hook... hooks) {
    Interloper interloper = new Interloper(key, rounds, write);
    MemoryEtcd.Hook[] all = Arrays.copyOf(hooks, hooks.length + 1);
    all[hooks.length] = interloper;
    interloper.etcd = GuardedEtcd.create(all);
    return interloper;
  }

  /** Returns the embedded etcd this interloper writes to. */
  public MemoryEtcd etcd() {
    return etcd;
  }

  /** From now on, gets to each of the next writes to the key first. */
  public void start() {
    started = true;
  }

  /** Returns how many rounds the interloper has won so far. */
  public int roundsWon() {
    return Math.min(round.get(), rounds);
  }

  @Override
  public void before(MemoryEtcd.Call call) throws EtcdException {
    if (!started
        || writing.get()
        || !WRITES.contains(call.operation())
        || !call.key().equals(key)) {
      return;
    }
    int next = round.incrementAndGet();
    if (next > rounds) {
      return;
    }
    // The interloper's own write passes through this hook too; it must not interlope on itself.
    writing.set(true);
    try {
      write.write(etcd, next);
    } finally {
      writing.set(false);
    }
  }
}
