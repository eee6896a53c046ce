package io.kubelab.scheduler;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RendezvousList is a fixed machine list whose first two {@code size()} calls wait for each other,
 * up to half a second, so two threads are inside a scheduler at once at a known point.
 *
 * <p>An unlocked {@code last = (last + 1) % machines.size()} reads {@code last}, then asks the
 * size: two threads that meet there have both read the same {@code last} and take the same turn,
 * every run. A scheduler that asks the size under its lock lets no second thread in; the first
 * waits out the half second once and goes on. A lock-free one that asks the size before its atomic
 * step is unaffected.
 */
final class RendezvousList extends AbstractList<String> {
  private static final long WAIT_MILLIS = 500;

  private final List<String> machines;
  private final AtomicInteger arrivals = new AtomicInteger();
  private final CountDownLatch bothArrived = new CountDownLatch(2);

  RendezvousList(List<String> machines) {
    this.machines = List.copyOf(machines);
  }

  @Override
  public int size() {
    if (arrivals.getAndIncrement() < 2) {
      bothArrived.countDown();
      try {
        bothArrived.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return machines.size();
  }

  @Override
  public String get(int index) {
    return machines.get(index);
  }

  // Only an explicit size() call waits: these would otherwise reach size() through AbstractList.

  @Override
  public boolean isEmpty() {
    return machines.isEmpty();
  }

  @Override
  public Iterator<String> iterator() {
    return machines.iterator();
  }

  @Override
  public Spliterator<String> spliterator() {
    return machines.spliterator();
  }

  @Override
  public boolean contains(Object o) {
    return machines.contains(o);
  }

  @Override
  public Object[] toArray() {
    return machines.toArray();
  }
}
