package io.kubelab.scheduler;

import java.util.List;

/** MinionLister lists the machines ("minions") a scheduler may choose from. */
public interface MinionLister {

  /** Returns the machines available right now; a scheduler calls this once per pod. */
  List<String> list() throws ListerException;

  // BEGIN EXERCISE scheduler-split
  // TODO(lesson pr-286, exercise scheduler-split): this adapter makes the scheduler package import
  //  io.kubelab.registry, so the two packages depend on each other. Delete it, and let the registry
  //  side satisfy MinionLister instead (hint 1: ./kubelab hint scheduler-split).
  /** Adapts the registry's minion registry to a lister (the tangle PR #286 removed). */
  static MinionLister fromRegistry(io.kubelab.registry.MinionRegistry registry) {
    return registry::list;
  }
  // END EXERCISE
}
