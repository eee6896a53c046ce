package io.kubelab.scheduler;

import io.kubelab.api.Pod;

/** RoundRobinScheduler chooses machines in turn: the first, the second, and so on, then again. */
public final class RoundRobinScheduler implements Scheduler {

  // BEGIN EXERCISE round-robin-scheduler
  // The index of the machine chosen last; -1 so the first call chooses machine 0.
  private int last = -1;

  public RoundRobinScheduler() {}

  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    java.util.List<String> machines;
    try {
      machines = minionLister.list();
    } catch (ListerException e) {
      throw new SchedulingException("cannot list machines for pod " + pod.id(), e);
    }
    if (machines == null || machines.isEmpty()) {
      throw new SchedulingException(
          "no machines to schedule pod " + pod.id() + ": the minion list is empty");
    }
    last = (last + 1) % machines.size();
    return machines.get(last);
  }
  // END EXERCISE
}
