package io.kubelab.scheduler;

import io.kubelab.api.Pod;
import java.util.random.RandomGenerator;

/**
 * RandomScheduler chooses machines uniformly at random.
 *
 * <p>The random source is injected, so a test can seed it and get the same machines every run.
 */
public final class RandomScheduler implements Scheduler {

  // BEGIN EXERCISE random-scheduler
  private final RandomGenerator random;

  public RandomScheduler(RandomGenerator random) {
    this.random = java.util.Objects.requireNonNull(random, "random");
  }

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
    // Not every RandomGenerator is thread safe (upstream added a mutex in PR #429).
    synchronized (random) {
      return machines.get(random.nextInt(machines.size()));
    }
  }
  // END EXERCISE
}
