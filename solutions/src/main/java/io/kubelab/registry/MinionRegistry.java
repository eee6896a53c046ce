package io.kubelab.registry;

import io.kubelab.scheduler.ListerException;
import java.util.List;

/**
 * MinionRegistry keeps the set of machines ("minions") pods may run on.
 *
 * <p>In Go a type satisfies an interface by having its methods; in Java it has to say so.
 */
// BEGIN EXERCISE scheduler-split
public interface MinionRegistry extends io.kubelab.scheduler.MinionLister {
  // END EXERCISE

  /** Returns every registered machine. */
  List<String> list() throws ListerException;

  /** Registers {@code machine}; registering it twice is harmless. */
  void insert(String machine);

  /** Returns whether {@code machine} is registered. */
  boolean contains(String machine);

  /** Forgets {@code machine}; forgetting an unknown machine is harmless. */
  void delete(String machine);
}
