package io.kubelab.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ReadingRounds makes writers read one key together: in each round every writer's first read of the
 * key waits until each other writer has come to its read of that round. So all of them read the
 * same index and all but one are refused when they compare against it, in every round: the retry
 * path of a read-modify-write runs for certain, with a handful of writes instead of the thousand it
 * takes to meet the race by chance.
 *
 * <p>A writer is not waited for once it cannot come: when it waits for a lock another thread holds
 * (code that serializes its own callers), or has ended. So code that serializes never hangs here,
 * and the outcome depends on what the code does, not on how long anyone waits.
 *
 * <p>Each writer calls {@link #beforeWrite} and then, whatever happened, {@link #afterWrite} around
 * each write; a writer that never read the key in a round arrives in {@link #afterWrite}.
 */
final class ReadingRounds {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long POLL_MILLIS = 1;

  private final String key;
  private final int writers;

  /** Each writer's thread and the last round it came to. */
  private final Map<Thread, Integer> arrived = new ConcurrentHashMap<>();

  private final ThreadLocal<Integer> round = ThreadLocal.withInitial(() -> -1);
  private final ThreadLocal<Boolean> due = ThreadLocal.withInitial(() -> false);

  ReadingRounds(String key, int writers) {
    this.key = key;
    this.writers = writers;
  }

  /** Returns {@code client} with its reads of the key held for the round's meeting. */
  EtcdClient client(EtcdClient client) {
    return new EtcdClient() {
      @Override
      public EtcdNode get(String read) throws EtcdException {
        if (read.equals(key)) {
          meet();
        }
        return client.get(read);
      }

      @Override
      public EtcdNode set(String written, String value) throws EtcdException {
        return client.set(written, value);
      }

      @Override
      public EtcdNode create(String created, String value) throws EtcdException {
        return client.create(created, value);
      }

      @Override
      public EtcdNode compareAndSwap(String swapped, String value, long prevIndex)
          throws EtcdException {
        return client.compareAndSwap(swapped, value, prevIndex);
      }

      @Override
      public EtcdNode delete(String deleted) throws EtcdException {
        return client.delete(deleted);
      }
    };
  }

  /** Starts the calling writer's next round: its next read of the key waits for the others. */
  void beforeWrite() {
    round.set(round.get() + 1);
    due.set(true);
    // Known from its first write on, so a writer that blocks before it ever reads is seen.
    arrived.putIfAbsent(Thread.currentThread(), round.get() - 1);
  }

  /** Arrives at this round's meeting if the calling writer did not read the key in it. */
  void afterWrite() {
    meet();
  }

  /** Returns the most rounds any writer has come to. */
  int rounds() {
    return arrived.values().stream().mapToInt(r -> r + 1).max().orElse(0);
  }

  private void meet() {
    if (!due.get()) {
      return;
    }
    due.set(false);
    int mine = round.get();
    arrived.put(Thread.currentThread(), mine);
    while (!everyoneCame(mine)) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Whether each writer came to round {@code mine}, or cannot come. */
  private boolean everyoneCame(int mine) {
    if (arrived.size() < writers) {
      return false;
    }
    for (Map.Entry<Thread, Integer> writer : arrived.entrySet()) {
      Thread thread = writer.getKey();
      if (writer.getValue() < mine && thread.isAlive() && !waitsForLock(thread)) {
        return false;
      }
    }
    return true;
  }

  private static boolean waitsForLock(Thread thread) {
    ThreadInfo info = THREADS.getThreadInfo(thread.getId());
    return info != null && info.getLockOwnerId() != -1;
  }
}
