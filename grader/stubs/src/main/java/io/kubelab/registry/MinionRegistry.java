package io.kubelab.registry;

import io.kubelab.scheduler.ListerException;
import java.util.List;

/**
 * MinionRegistry keeps the set of machines ("minions") pods may run on.
 *
 * <p>In Go a type satisfies an interface by having its methods; in Java it has to say so.
 */
// BEGIN EXERCISE scheduler-split
// TODO(lesson pr-286, exercise scheduler-split): a minion registry already lists machines; declare
//  that it is a MinionLister, so the registry can hand itself to a scheduler.
public interface MinionRegistry {
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
