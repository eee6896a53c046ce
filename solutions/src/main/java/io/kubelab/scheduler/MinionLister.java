package io.kubelab.scheduler;

import java.util.List;

/** MinionLister lists the machines ("minions") a scheduler may choose from. */
public interface MinionLister {

  /** Returns the machines available right now; a scheduler calls this once per pod. */
  List<String> list() throws ListerException;

  // BEGIN EXERCISE scheduler-split
  // END EXERCISE
}
