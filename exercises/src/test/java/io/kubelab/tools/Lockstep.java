package io.kubelab.tools;

import io.kubelab.testing.Concurrently;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Lockstep lets {@code parties} threads call the embedded etcd strictly in turn: party 0 makes one
 * call, then party 1, and so on round and round, skipping parties that have finished. Every run
 * then interleaves the same way however busy the machine is: all read before anyone writes, the
 * first write wins, the others lose and retry, in the same order each time.
 *
 * <p>A party whose turn it is but who waits for a lock held by another party (code that serializes
 * its own callers) can never make its call; its turn passes on rather than hang the test. Calls
 * from threads that are not parties (the test setting up or checking) pass straight through. Put
 * hooks that record calls before it: it hands the turn on as soon as it hears a call ended.
 */
public final class Lockstep implements MemoryEtcd.Hook {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long POLL_MILLIS = 5;

  private final Thread[] threads;
  private final boolean[] finished;
  private final boolean[] waiting;
  private int turn;
  private int calling = -1;

  public Lockstep(int parties) {
    this.threads = new Thread[parties];
    this.finished = new boolean[parties];
    this.waiting = new boolean[parties];
  }

  /** Returns {@code task} wrapped so that the thread running it takes part in turn order. */
  public Concurrently.Task task(Concurrently.Task task) {
    return party -> {
      join(party);
      try {
        task.run(party);
      } finally {
        leave(party);
      }
    };
  }

  @Override
  public void before(MemoryEtcd.Call call) {
    int party = partyOf(Thread.currentThread());
    if (party < 0) {
      return;
    }
    synchronized (this) {
      if (calling == party) {
        endCall(party); // its last call was failed by a hook before it reached the store
      }
      waiting[party] = true;
      try {
        while (calling != -1 || turn != party) {
          passTurnOfStuckParty();
          wait(POLL_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for its turn", e);
      } finally {
        waiting[party] = false;
      }
      calling = party;
    }
  }

  @Override
  public void after(MemoryEtcd.Call call, EtcdNode result) {
    callEnded();
  }

  @Override
  public void failed(MemoryEtcd.Call call, EtcdException error) {
    callEnded();
  }

  private void callEnded() {
    int party = partyOf(Thread.currentThread());
    if (party >= 0) {
      synchronized (this) {
        if (calling == party) {
          endCall(party);
        }
      }
    }
  }

  private synchronized void join(int party) {
    threads[party] = Thread.currentThread();
    notifyAll();
  }

  private synchronized void leave(int party) {
    finished[party] = true;
    if (calling == party) {
      calling = -1;
    }
    if (turn == party) {
      turn = next(party);
    }
    notifyAll();
  }

  private void endCall(int party) {
    calling = -1;
    turn = next(party);
    notifyAll();
  }

  /** The party after {@code party} in turn order that has not finished (itself if none has). */
  private int next(int party) {
    for (int step = 1; step <= threads.length; step++) {
      int candidate = (party + step) % threads.length;
      if (!finished[candidate]) {
        return candidate;
      }
    }
    return party;
  }

  /**
   * Passes the turn on when its holder is blocked on a lock that a waiting party holds: it cannot
   * move until that party moves. A holder that is running, or not started yet, is waited for.
   */
  private void passTurnOfStuckParty() {
    if (calling != -1 || finished[turn] || threads[turn] == null) {
      return;
    }
    ThreadInfo info = THREADS.getThreadInfo(threads[turn].getId());
    if (info == null
        || info.getLockOwnerId() < 0
        || info.getLockInfo().getIdentityHashCode() == System.identityHashCode(this)) {
      return; // running, or only waiting to enter this lockstep, which is never held for long
    }
    int owner = partyOf(info.getLockOwnerId());
    if (owner >= 0 && waiting[owner]) {
      turn = next(turn);
    }
  }

  private synchronized int partyOf(Thread thread) {
    for (int i = 0; i < threads.length; i++) {
      if (threads[i] == thread) {
        return i;
      }
    }
    return -1;
  }

  private int partyOf(long threadId) {
    for (int i = 0; i < threads.length; i++) {
      if (threads[i] != null && threads[i].getId() == threadId) {
        return i;
      }
    }
    return -1;
  }
}
