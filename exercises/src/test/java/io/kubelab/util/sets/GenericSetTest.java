package io.kubelab.util.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Set<T> (lesson pr-283-289, bonus exercise generic-set)")
class GenericSetTest {

  @Test
  @DisplayName("holds any comparable type and lists it sorted")
  void integers() {
    Set<Integer> set = Set.of(3, 1, 2, 3);

    assertThat(set.list())
        .as("hint 1: copy your StringSet and replace String with T")
        .containsExactly(1, 2, 3);
  }

  @Test
  @DisplayName("has StringSet's operations")
  void operations() {
    Set<String> set = Set.of("b", "a");
    set.insert("c");

    assertThat(set.list())
        .as("hint 1: copy your StringSet and replace String with T, insert included")
        .containsExactly("a", "b", "c");
    assertThat(set.toString())
        .as("hint 1: copy your StringSet and replace String with T; toString names Set")
        .isEqualTo("Set[a, b, c]");
    assertThat(set.hasAll("a", "c"))
        .as("hint 1: copy your StringSet: hasAll is true when every item is present")
        .isTrue();
    assertThat(set.isSuperset(Set.of("a")))
        .as("hint 1: copy your StringSet: a set is a superset of a set of some of its items")
        .isTrue();
  }

  @Test
  @DisplayName("finds, counts and deletes items")
  void hasSizeDelete() {
    Set<Integer> set = Set.of(1, 2);

    assertThat(set.size())
        .as("hint 1: copy your StringSet and replace String with T: size counts each item once")
        .isEqualTo(2);
    assertThat(set.has(3))
        .as("hint 1: copy your StringSet and replace String with T: has(3) is false for {1, 2}")
        .isFalse();
    set.delete(1);
    assertThat(set.has(1))
        .as("hint 1: copy your StringSet and replace String with T: a deleted item is gone")
        .isFalse();
    assertThat(set.has(2))
        .as("hint 1: copy your StringSet and replace String with T: delete removes only its item")
        .isTrue();
  }

  @Test
  @DisplayName("answers hasAll and isSuperset false when an item is missing")
  void missingItems() {
    Set<String> set = Set.of("a", "b");

    assertThat(set.hasAll("a", "z"))
        .as("hint 1: copy your StringSet: hasAll(\"a\", \"z\") is false without \"z\"")
        .isFalse();
    assertThat(set.hasAll("z", "a"))
        .as("hint 1: copy your StringSet: hasAll is false whichever item is missing")
        .isFalse();
    assertThat(Set.of("a").isSuperset(set))
        .as("hint 1: copy your StringSet: {a} is no superset of {a, b}")
        .isFalse();
  }

  @Test
  @DisplayName("is equal exactly to sets with the same items")
  void valueSemantics() {
    assertThat(Set.of("b", "a"))
        .as("hint 1: copy your StringSet: two sets with the same items are equal and hash alike")
        .isEqualTo(Set.of("a", "b"))
        .hasSameHashCodeAs(Set.of("a", "b"));
    assertThat(Set.of("a", "b"))
        .as("hint 1: copy your StringSet: sets with different items are not equal")
        .isNotEqualTo(Set.of("a", "c"))
        .isNotEqualTo(Set.of("a"));
    assertThat(Set.of("a").equals(List.of("a")))
        .as("hint 1: copy your StringSet: a set never equals a list holding the same items")
        .isFalse();
  }
}
