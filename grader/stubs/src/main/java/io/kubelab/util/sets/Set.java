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
  // TODO(lesson pr-283-289, exercise generic-set): StringSet again, with T for String: keep the
  //  items in a field, and write every method below. (Bonus.)
  /** Returns a set holding {@code items}. */
  @SafeVarargs
  public static <T extends Comparable<? super T>> Set<T> of(T... items) {
    throw new UnsupportedOperationException(
        "TODO: Set.of is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Adds {@code items}; null is rejected. */
  @SafeVarargs
  public final void insert(T... items) {
    throw new UnsupportedOperationException(
        "TODO: Set.insert is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Removes {@code item}; an absent item changes nothing. */
  public void delete(T item) {
    throw new UnsupportedOperationException(
        "TODO: Set.delete is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Returns whether {@code item} is in the set. */
  public boolean has(T item) {
    throw new UnsupportedOperationException(
        "TODO: Set.has is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Returns how many items the set holds. */
  public int size() {
    throw new UnsupportedOperationException(
        "TODO: Set.size is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Returns the items, sorted ascending, in a new list. */
  public List<T> list() {
    throw new UnsupportedOperationException(
        "TODO: Set.list is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Returns whether every one of {@code items} is in the set. */
  @SafeVarargs
  public final boolean hasAll(T... items) {
    throw new UnsupportedOperationException(
        "TODO: Set.hasAll is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  /** Returns whether this set holds every item of {@code other}. */
  public boolean isSuperset(Set<T> other) {
    throw new UnsupportedOperationException(
        "TODO: Set.isSuperset is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  @Override
  public boolean equals(Object other) {
    throw new UnsupportedOperationException(
        "TODO: Set.equals is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  @Override
  public int hashCode() {
    throw new UnsupportedOperationException(
        "TODO: Set.hashCode is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }

  @Override
  public String toString() {
    throw new UnsupportedOperationException(
        "TODO: Set.toString is not written yet (bonus)."
            + " Lesson: lessons/pr-283-289-stringset.md, exercise generic-set."
            + " Hint: StringSet with T for String; ./kubelab hint generic-set");
  }
  // END EXERCISE
}
