package io.kubelab.scheduler;

import io.kubelab.api.Pod;

/**
 * Scheduler chooses the machine a pod runs on.
 *
 * <p>Since PR #286 the machines are not held by the scheduler but passed in on every call, so one
 * scheduler serves any registry:
 *
 * <pre>{@code
 * Scheduler scheduler = new RandomScheduler(new SplittableRandom(42));
 * String machine = scheduler.schedule(pod, new FakeMinionLister(List.of("m1", "m2")));
 * }</pre>
 */
public interface Scheduler {

  /**
   * Returns the machine to run {@code pod} on, chosen from one call to {@code minionLister.list()}.
   *
   * @throws SchedulingException if the machines cannot be listed, there are none, or none fits; a
   *     lister failure is kept as the cause
   */
  String schedule(Pod pod, MinionLister minionLister) throws SchedulingException;
}
