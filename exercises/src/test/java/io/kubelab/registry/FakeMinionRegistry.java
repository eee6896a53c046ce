package io.kubelab.registry;

import java.util.ArrayList;
import java.util.List;

/** FakeMinionRegistry keeps machines in a list, for tests. */
final class FakeMinionRegistry implements MinionRegistry {
  private final List<String> machines;

  FakeMinionRegistry(List<String> machines) {
    this.machines = new ArrayList<>(machines);
  }

  @Override
  public List<String> list() {
    return List.copyOf(machines);
  }

  @Override
  public void insert(String machine) {
    if (!machines.contains(machine)) {
      machines.add(machine);
    }
  }

  @Override
  public boolean contains(String machine) {
    return machines.contains(machine);
  }

  @Override
  public void delete(String machine) {
    machines.remove(machine);
  }
}
