package io.kubelab.util.sets;

import java.util.List;

/**
 * Set is the bonus exercise of the StringSet lesson: a set of any comparable type, in the spirit of
 * today's Kubernetes {@code sets.Set[T]}, with StringSet's operations.
 *
 * <p>It lives in its own package, as Go's does ({@code k8s.io/apimachinery/pkg/util/sets}), so its
 * name never hides {@code java.util.Set} from code in {@code io.kubelab.util} that imports {@code
 * java.util.*}.
 */
public final class Set<T extends Comparable<? super T>> {
  // BEGIN EXERCISE generic-set
  private final java.util.TreeSet<T> items = new java.util.TreeSet<>();

  /** Returns a set holding {@code items}. */
  @SafeVarargs
  public static <T extends Comparable<? super T>> Set<T> of(T... items) {
    Set<T> set = new Set<>();
    set.insert(items);
    return set;
  }

  /** Adds {@code items}; null is rejected. */
  @SafeVarargs
  public final void insert(T... items) {
    for (T item : items) {
      this.items.add(java.util.Objects.requireNonNull(item, "item"));
    }
  }

  /** Removes {@code item}; an absent item changes nothing. */
  public void delete(T item) {
    items.remove(java.util.Objects.requireNonNull(item, "item"));
  }

  /** Returns whether {@code item} is in the set. */
  public boolean has(T item) {
    return items.contains(java.util.Objects.requireNonNull(item, "item"));
  }

  /** Returns how many items the set holds. */
  public int size() {
    return items.size();
  }

  /** Returns the items, sorted ascending, in a new list. */
  public List<T> list() {
    return new java.util.ArrayList<>(items);
  }

  /** Returns whether every one of {@code items} is in the set. */
  @SafeVarargs
  public final boolean hasAll(T... items) {
    for (T item : items) {
      if (!has(item)) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether this set holds every item of {@code other}. */
  public boolean isSuperset(Set<T> other) {
    return items.containsAll(other.items);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Set<?> set && items.equals(set.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "Set" + items;
  }
  // END EXERCISE
}
