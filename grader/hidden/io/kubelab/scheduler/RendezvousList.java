package io.kubelab.scheduler;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;

/**
 * RendezvousList is a fixed machine list whose first {@code size()} call waits at a {@link Meeting}
 * for a second one, so two threads are inside a scheduler at once at a known point.
 *
 * <p>An unlocked {@code last = (last + 1) % machines.size()} reads {@code last}, then asks the
 * size: two threads that meet there have both read the same {@code last} and take the same turn,
 * every run. A scheduler that asks the size under its lock lets no second thread in; the first goes
 * on as soon as the other waits for the lock. A lock-free one that asks the size before its atomic
 * step is unaffected.
 */
final class RendezvousList extends AbstractList<String> {
  private final List<String> machines;
  private final Meeting meeting;

  RendezvousList(List<String> machines, Meeting meeting) {
    this.machines = List.copyOf(machines);
    this.meeting = meeting;
  }

  @Override
  public int size() {
    meeting.arrive();
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
