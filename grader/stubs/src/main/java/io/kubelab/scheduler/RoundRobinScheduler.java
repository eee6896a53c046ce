package io.kubelab.scheduler;

import io.kubelab.api.Pod;

/** RoundRobinScheduler chooses machines in turn: the first, the second, and so on, then again. */
public final class RoundRobinScheduler implements Scheduler {

  // BEGIN EXERCISE round-robin-scheduler
  // TODO(lesson pr-286, exercise round-robin-scheduler): remember which machine comes next, in a
  //  form that stays correct when several threads schedule at once (upstream never locked it).
  public RoundRobinScheduler() {}

  // TODO(lesson pr-286, exercise round-robin-scheduler): list the machines once, fail with a
  //  SchedulingException (cause kept) if listing fails or there are none, else return the next one.
  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    throw new UnsupportedOperationException(
        "TODO: RoundRobinScheduler.schedule is not written yet."
            + " Lesson: lessons/pr-286-scheduler.md, exercise round-robin-scheduler."
            + " Hint: the first call returns machine 0, the next machine 1, wrapping at the end;"
            + " ./kubelab hint round-robin-scheduler");
  }
  // END EXERCISE
}
