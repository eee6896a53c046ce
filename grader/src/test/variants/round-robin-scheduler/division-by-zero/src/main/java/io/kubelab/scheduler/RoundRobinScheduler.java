package io.kubelab.scheduler;

import io.kubelab.api.Pod;

/** RoundRobinScheduler chooses machines in turn: the first, the second, and so on, then again. */
public final class RoundRobinScheduler implements Scheduler {

  // BEGIN EXERCISE round-robin-scheduler
  private final java.util.concurrent.atomic.AtomicInteger currentIndex =
      new java.util.concurrent.atomic.AtomicInteger(-1);

  public RoundRobinScheduler() {}

  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    java.util.List<String> machines;
    try {
      machines = minionLister.list();
    } catch (ListerException e) {
      throw new SchedulingException("cannot list machines for pod " + pod.id(), e);
    }
    int size = machines.size();
    return machines.get(currentIndex.updateAndGet(last -> (last + 1) % size));
  }
  // END EXERCISE
}
