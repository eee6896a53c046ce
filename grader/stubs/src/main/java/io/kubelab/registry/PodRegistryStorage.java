package io.kubelab.registry;

import io.kubelab.api.Pod;
import io.kubelab.scheduler.MinionLister;
import io.kubelab.scheduler.Scheduler;
import io.kubelab.scheduler.SchedulingException;

/**
 * PodRegistryStorage creates pods: it asks the scheduler for a machine, then stores the pod there.
 *
 * <p>This is the apiserver side of PR #286: the storage owns the minion registry and passes it to
 * the scheduler on every call.
 */
public final class PodRegistryStorage {
  private final PodRegistry podRegistry;
  private final Scheduler scheduler;
  private final MinionRegistry minionRegistry;

  public PodRegistryStorage(
      PodRegistry podRegistry, Scheduler scheduler, MinionRegistry minionRegistry) {
    this.podRegistry = podRegistry;
    this.scheduler = scheduler;
    this.minionRegistry = minionRegistry;
  }

  /** Schedules {@code pod}, stores it on the chosen machine and returns that machine. */
  public String create(Pod pod) throws SchedulingException, RegistryException {
    // BEGIN EXERCISE scheduler-split
    // TODO(lesson pr-286, exercise scheduler-split): once MinionRegistry is a MinionLister, pass
    //  minionRegistry itself and drop the adapter from the scheduler package.
    MinionLister minionLister = MinionLister.fromRegistry(minionRegistry);
    // END EXERCISE
    String machine = scheduler.schedule(pod, minionLister);
    podRegistry.createPod(machine, pod);
    return machine;
  }
}
