package io.kubelab.scheduler;

import io.kubelab.testing.Concurrently;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Meeting holds the first of several threads at a point inside the code under test until a second
 * thread gets there too, or until no other thread can: each has finished or waits for a lock. So
 * unlocked code always has two threads inside at once, and locked code never, however busy the
 * machine: the outcome depends on what the code does, not on how long anyone waits.
 *
 * <p>The threads must run their work through {@link #task}, so the meeting knows whom to wait for.
 */
final class Meeting {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** A last resort against a hang in code no check foresaw; a meeting normally ends in ms. */
  private static final long GIVE_UP_MILLIS = 60_000;

  private final AtomicReferenceArray<Thread> parties;
  private final AtomicBoolean first = new AtomicBoolean(true);
  private final CountDownLatch secondArrived = new CountDownLatch(1);

  Meeting(int parties) {
    this.parties = new AtomicReferenceArray<>(parties);
  }

  /** Returns {@code task} wrapped so that the thread running it is one of the parties. */
  Concurrently.Task task(Concurrently.Task task) {
    return party -> {
      parties.set(party, Thread.currentThread());
      task.run(party);
    };
  }

  /**
   * Called at the meeting point. The first caller waits until a second caller arrives or no other
   * party can; every later caller passes straight through.
   */
  void arrive() {
    if (!first.getAndSet(false)) {
      secondArrived.countDown();
      return;
    }
    long waited = 0;
    try {
      while (!secondArrived.await(5, TimeUnit.MILLISECONDS)) {
        waited += 5;
        if (noOtherCanArrive() || waited > GIVE_UP_MILLIS) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether every other party has finished, or waits for a lock (this thread's, typically). */
  private boolean noOtherCanArrive() {
    Thread me = Thread.currentThread();
    for (int i = 0; i < parties.length(); i++) {
      Thread party = parties.get(i);
      if (party == me) {
        continue;
      }
      if (party == null) {
        return false; // not started yet: it may still come
      }
      if (party.getState() == Thread.State.TERMINATED) {
        continue;
      }
      ThreadInfo info = THREADS.getThreadInfo(party.getId());
      if (info == null) {
        continue;
      }
      boolean waitsForALock =
          switch (info.getThreadState()) {
            case BLOCKED, WAITING, TIMED_WAITING ->
                info.getLockOwnerId() == me.getId() || info.getLockOwnerId() < 0;
            default -> false;
          };
      if (!waitsForALock) {
        return false;
      }
    }
    return true;
  }
}
