package io.kubelab.scheduler;

import java.util.List;

/**
 * FakeMinionLister lists a fixed list of machines, for tests and demos.
 *
 * <p>The list is returned as given, {@code null} included, so tests can hand a scheduler exactly
 * what a broken lister might.
 */
public record FakeMinionLister(List<String> machines) implements MinionLister {

  @Override
  public List<String> list() {
    return machines;
  }
}
