package io.kubelab.scheduler;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * OverlapDetector wraps a random source as one that is not thread safe, and says so: it records
 * whether two threads were ever inside it at once.
 *
 * <p>The first call waits inside the generator at a {@link Meeting}: until a second thread enters,
 * or no other thread can (they wait for the lock the first one holds). Code that draws under a lock
 * never lets one in and never overlaps; code that draws without a lock lets the next thread in
 * while the first one waits, so the overlap is recorded on every run, however busy the machine.
 * Every {@link RandomGenerator} method ends in {@link #nextLong()}, the only one that is abstract,
 * so every way of drawing passes through here.
 */
final class OverlapDetector implements RandomGenerator {
  private final RandomGenerator delegate;
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicBoolean overlapped = new AtomicBoolean();
  private final Meeting meeting;

  OverlapDetector(RandomGenerator delegate, Meeting meeting) {
    this.delegate = delegate;
    this.meeting = meeting;
  }

  @Override
  public long nextLong() {
    if (inside.incrementAndGet() > 1) {
      overlapped.set(true);
    }
    try {
      meeting.arrive();
      // The delegate itself must not be corrupted by the overlaps this class exists to detect.
      synchronized (delegate) {
        return delegate.nextLong();
      }
    } finally {
      inside.decrementAndGet();
    }
  }

  /** Returns whether two threads were ever inside {@link #nextLong()} at the same time. */
  boolean overlapped() {
    return overlapped.get();
  }
}
