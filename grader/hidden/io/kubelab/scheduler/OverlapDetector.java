package io.kubelab.scheduler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * OverlapDetector wraps a random source as one that is not thread safe, and says so: it records
 * whether two threads were ever inside it at once.
 *
 * <p>The first call waits inside the generator, up to half a second, for a second thread to enter.
 * Code that draws under a lock never lets one in: it never overlaps and pays the wait once. Code
 * that draws without a lock lets the next thread in while the first one waits, so the overlap is
 * recorded without depending on luck. Every {@link RandomGenerator} method ends in {@link
 * #nextLong()}, the only one that is abstract, so every way of drawing passes through here.
 */
final class OverlapDetector implements RandomGenerator {
  private static final long WAIT_MILLIS = 500;

  private final RandomGenerator delegate;
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicBoolean overlapped = new AtomicBoolean();
  private final AtomicBoolean first = new AtomicBoolean(true);
  private final CountDownLatch secondEntered = new CountDownLatch(1);

  OverlapDetector(RandomGenerator delegate) {
    this.delegate = delegate;
  }

  @Override
  public long nextLong() {
    if (inside.incrementAndGet() > 1) {
      overlapped.set(true);
      secondEntered.countDown();
    }
    try {
      if (first.getAndSet(false)) {
        secondEntered.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      }
      // The delegate itself must not be corrupted by the overlaps this class exists to detect.
      synchronized (delegate) {
        return delegate.nextLong();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a second thread", e);
    } finally {
      inside.decrementAndGet();
    }
  }

  /** Returns whether two threads were ever inside {@link #nextLong()} at the same time. */
  boolean overlapped() {
    return overlapped.get();
  }
}
