package io.kubelab.scheduler;

import io.kubelab.api.Pod;
import java.util.random.RandomGenerator;

/**
 * FirstFitScheduler chooses, at random, one of the machines where none of the pod's host ports is
 * taken.
 *
 * <p>The 2014 name is kept so the Java can sit next to the PR; despite it, the choice among fitting
 * machines is random, which is why PR #429 renamed it {@code RandomFitScheduler}.
 */
public final class FirstFitScheduler implements Scheduler {

  // BEGIN EXERCISE first-fit-scheduler
  // TODO(lesson pr-286, exercise first-fit-scheduler): keep the pod lister and random source.
  public FirstFitScheduler(PodLister podLister, RandomGenerator random) {
    throw new UnsupportedOperationException(
        "TODO: FirstFitScheduler(PodLister, RandomGenerator) is not written yet."
            + " Lesson: lessons/pr-286-scheduler.md, exercise first-fit-scheduler."
            + " Hint: store both arguments; ./kubelab hint first-fit-scheduler");
  }

  // TODO(lesson pr-286, exercise first-fit-scheduler): list machines and pods once each; a machine
  //  fits when no pod placed on it (currentState.host) claims one of this pod's non-zero host
  //  ports; return a random fitting machine, or fail with a SchedulingException.
  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    throw new UnsupportedOperationException(
        "TODO: FirstFitScheduler.schedule is not written yet."
            + " Lesson: lessons/pr-286-scheduler.md, exercise first-fit-scheduler."
            + " Hint: group the placed pods by currentState().host() first;"
            + " ./kubelab hint first-fit-scheduler");
  }
  // END EXERCISE
}
