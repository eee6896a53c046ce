package io.kubelab.registry;

import java.util.List;

/**
 * MinionList is the in-memory minion registry of 2014's {@code minion_registry.go}: a set of
 * machine names, safe for concurrent use.
 */
public final class MinionList implements MinionRegistry {
  // BEGIN EXERCISE stringset-refactor
  // TODO(lesson pr-283-289, exercise stringset-refactor): this private set type is what PR #283
  //  moved to util.StringSet. Keep the machines in an io.kubelab.util.StringSet instead, and
  //  delete this class.
  private static final class stringSet {
    private final java.util.Map<String, Boolean> items = new java.util.HashMap<>();

    void insert(String item) {
      items.put(item, Boolean.TRUE);
    }

    void delete(String item) {
      items.remove(item);
    }

    boolean has(String item) {
      return items.containsKey(item);
    }

    List<String> list() {
      return items.keySet().stream().sorted().toList();
    }
  }

  private final stringSet minions = new stringSet();

  // END EXERCISE

  /** Returns a registry holding {@code minions}, as Go's {@code MakeMinionRegistry} did. */
  public static MinionList of(String... minions) {
    MinionList list = new MinionList();
    for (String minion : minions) {
      list.insert(minion);
    }
    return list;
  }

  /** Returns the machines in name order. */
  @Override
  public synchronized List<String> list() {
    return minions.list();
  }

  @Override
  public synchronized void insert(String machine) {
    minions.insert(machine);
  }

  @Override
  public synchronized boolean contains(String machine) {
    return minions.has(machine);
  }

  @Override
  public synchronized void delete(String machine) {
    minions.delete(machine);
  }
}
