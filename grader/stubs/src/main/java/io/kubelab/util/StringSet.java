package io.kubelab.util;

import java.util.List;

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
  // TODO(lesson pr-283-289, exercise string-set): choose how to keep the items (a java.util.Set
  //  is Java's map[string]struct{}); an empty set is created by the constructor below.
  // END EXERCISE

  /** Creates an empty set. */
  public StringSet() {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): start with no items. (This stub's constructor
    //  works, so the tests can reach the methods that are not written yet.)
    // END EXERCISE
  }

  /** Returns a set holding {@code items}, as Go's {@code NewStringSet} (PR #289) did. */
  public static StringSet of(String... items) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): create a set and insert the items.
    throw new UnsupportedOperationException(
        "TODO: StringSet.of is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: create a set and insert the items; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Adds {@code items}; adding an item already present changes nothing. */
  public void insert(String... items) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): add every one of the items, rejecting null.
    throw new UnsupportedOperationException(
        "TODO: StringSet.insert is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: add every one of the items, rejecting null; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Removes {@code item}; removing an absent item changes nothing. */
  public void delete(String item) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): remove just this one item.
    throw new UnsupportedOperationException(
        "TODO: StringSet.delete is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: remove just this one item; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns whether {@code item} is in the set. */
  public boolean has(String item) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): exact, case-sensitive membership.
    throw new UnsupportedOperationException(
        "TODO: StringSet.has is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: exact, case-sensitive membership; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns how many distinct items the set holds (Go used {@code len(s)}). */
  public int size() {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): count each item once.
    throw new UnsupportedOperationException(
        "TODO: StringSet.size is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: count each item once; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns the items sorted ascending, in a new list the caller may change (PR #327). */
  public List<String> list() {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): a sorted copy, never the set's own storage.
    throw new UnsupportedOperationException(
        "TODO: StringSet.list is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: a sorted copy, never the set's own storage; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns whether every one of {@code items} is in the set (PR #522); true for none. */
  public boolean hasAll(String... items) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): all of them, not any of them.
    throw new UnsupportedOperationException(
        "TODO: StringSet.hasAll is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: all of them, not any of them; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns whether this set holds every item of {@code other} (PR #525). */
  public boolean isSuperset(StringSet other) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): this contains other, not the other way round.
    throw new UnsupportedOperationException(
        "TODO: StringSet.isSuperset is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: this contains other, not the other way round; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Two sets are equal when they hold the same items. */
  @Override
  public boolean equals(Object other) {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): equal items, not the same object.
    throw new UnsupportedOperationException(
        "TODO: StringSet.equals is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: compare the items; ./kubelab hint string-set");
    // END EXERCISE
  }

  @Override
  public int hashCode() {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): consistent with equals.
    throw new UnsupportedOperationException(
        "TODO: StringSet.hashCode is not written yet."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise string-set."
            + " Hint: hash the items; ./kubelab hint string-set");
    // END EXERCISE
  }

  /** Returns the items in order, e.g. {@code StringSet[a, b]}. */
  @Override
  public String toString() {
    // BEGIN EXERCISE string-set
    // TODO(lesson pr-283-289, exercise string-set): readable, items sorted.
    return "StringSet[TODO: toString is not written yet (lesson pr-283-289, exercise string-set)]";
    // END EXERCISE
  }
}
