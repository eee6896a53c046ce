package io.kubelab.scheduler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * OverlapDetector is a random source that is not thread safe, and says so: it records whether two
 * threads were ever inside it at once.
 *
 * <p>The first call waits (up to half a second) inside the generator for a second thread to enter.
 * Code that draws under a lock never lets one in, so it never overlaps and only pays the wait once;
 * code that draws without a lock lets the second thread in while the first is waiting, and the
 * overlap is recorded without depending on luck.
 */
final class OverlapDetector implements RandomGenerator {
  private final RandomGenerator delegate = new java.util.SplittableRandom(11);
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicBoolean overlapped = new AtomicBoolean();
  private final AtomicBoolean first = new AtomicBoolean(true);
  private final CountDownLatch secondEntered = new CountDownLatch(1);

  @Override
  public long nextLong() {
    if (inside.incrementAndGet() > 1) {
      overlapped.set(true);
      secondEntered.countDown();
    }
    try {
      if (first.getAndSet(false)) {
        secondEntered.await(500, TimeUnit.MILLISECONDS);
      }
      synchronized (delegate) {
        return delegate.nextLong();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } finally {
      inside.decrementAndGet();
    }
  }

  boolean overlapped() {
    return overlapped.get();
  }
}
