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
  // TODO(lesson pr-286, exercise random-scheduler): keep the injected random source in a field.
  public RandomScheduler(RandomGenerator random) {
    throw new UnsupportedOperationException(
        "TODO: RandomScheduler(RandomGenerator) is not written yet."
            + " Lesson: lessons/pr-286-scheduler.md, exercise random-scheduler."
            + " Hint: store the random source you are given; ./kubelab hint random-scheduler");
  }

  // TODO(lesson pr-286, exercise random-scheduler): list the machines once, fail with a
  //  SchedulingException (cause kept) if listing fails or there are none, else return one chosen
  //  uniformly at random with the injected source. Several threads may call this at once.
  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    throw new UnsupportedOperationException(
        "TODO: RandomScheduler.schedule is not written yet."
            + " Lesson: lessons/pr-286-scheduler.md, exercise random-scheduler."
            + " Hint: call minionLister.list() once, then pick an index below its size;"
            + " ./kubelab hint random-scheduler");
  }
  // END EXERCISE
}
