package io.kubelab.util;

import java.util.*;

/**
 * StringSet is a set of strings, moved out of the minion registry into {@code util} by PR #283 so
 * that every package can share it.
 *
 * <p>Go built it as {@code map[string]struct{}}: a map whose values take no memory. Java has no
 * zero-size value, but a {@code java.util.Set} is the same idea. {@code null} is never an item:
 * every method rejects it with a {@link NullPointerException}.
 *
 * <pre>{@code
 * StringSet machines = StringSet.of("m2", "m1");
 * machines.insert("m3");
 * machines.list(); // [m1, m2, m3]
 * }</pre>
 */
public final class StringSet {
  // BEGIN EXERCISE string-set
  // Sorted storage makes list() a copy, and equals/hashCode come from java.util.Set.
  private final Set<String> items = new TreeSet<>();

  // END EXERCISE

  /** Creates an empty set. */
  public StringSet() {
    // BEGIN EXERCISE string-set
    // END EXERCISE
  }

  /** Returns a set holding {@code items}, as Go's {@code NewStringSet} (PR #289) did. */
  public static StringSet of(String... items) {
    // BEGIN EXERCISE string-set
    StringSet set = new StringSet();
    set.insert(items);
    return set;
    // END EXERCISE
  }

  /** Adds {@code items}; adding an item already present changes nothing. */
  public void insert(String... items) {
    // BEGIN EXERCISE string-set
    for (String item : items) {
      this.items.add(Objects.requireNonNull(item, "item"));
    }
    // END EXERCISE
  }

  /** Removes {@code item}; removing an absent item changes nothing. */
  public void delete(String item) {
    // BEGIN EXERCISE string-set
    items.remove(Objects.requireNonNull(item, "item"));
    // END EXERCISE
  }

  /** Returns whether {@code item} is in the set. */
  public boolean has(String item) {
    // BEGIN EXERCISE string-set
    return items.contains(Objects.requireNonNull(item, "item"));
    // END EXERCISE
  }

  /** Returns how many distinct items the set holds (Go used {@code len(s)}). */
  public int size() {
    // BEGIN EXERCISE string-set
    return items.size();
    // END EXERCISE
  }

  /** Returns the items sorted ascending, in a new list the caller may change (PR #327). */
  public List<String> list() {
    // BEGIN EXERCISE string-set
    return new ArrayList<>(items);
    // END EXERCISE
  }

  /** Returns whether every one of {@code items} is in the set (PR #522); true for none. */
  public boolean hasAll(String... items) {
    // BEGIN EXERCISE string-set
    for (String item : items) {
      if (!has(item)) {
        return false;
      }
    }
    return true;
    // END EXERCISE
  }

  /** Returns whether this set holds every item of {@code other} (PR #525). */
  public boolean isSuperset(StringSet other) {
    // BEGIN EXERCISE string-set
    return items.containsAll(other.items);
    // END EXERCISE
  }

  /** Two sets are equal when they hold the same items. */
  @Override
  public boolean equals(Object other) {
    // BEGIN EXERCISE string-set
    return other instanceof StringSet set && items.equals(set.items);
    // END EXERCISE
  }

  @Override
  public int hashCode() {
    // BEGIN EXERCISE string-set
    return items.hashCode();
    // END EXERCISE
  }

  /** Returns the items in order, e.g. {@code StringSet[a, b]}. */
  @Override
  public String toString() {
    // BEGIN EXERCISE string-set
    return "StringSet" + items;
    // END EXERCISE
  }
}
