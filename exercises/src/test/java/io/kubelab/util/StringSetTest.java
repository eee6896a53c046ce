package io.kubelab.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 2014 Go tests of {@code pkg/util/set_test.go}, written anew, and the rest of the API. */
@DisplayName("StringSet (lesson pr-283-289, exercise string-set)")
class StringSetTest {

  @Test
  @DisplayName("inserts, finds and deletes items, as TestStringSet did")
  void insertHasDelete() {
    StringSet s = new StringSet();
    assertThat(s.size())
        .as("hint 1: a java.util.Set<String> in a private final field starts empty")
        .isZero();

    s.insert("a", "b");
    assertThat(s.size()).as("hint 2: insert(String... items) adds every item").isEqualTo(2);
    s.insert("c");

    assertThat(s.has("d")).isFalse();
    assertThat(s.has("a")).isTrue();
    s.delete("a");
    assertThat(s.has("a")).isFalse();
  }

  @Test
  @DisplayName("holds exactly the items it was made of, as TestNewStringSet did")
  void ofHoldsItsItems() {
    StringSet s = StringSet.of("a", "b", "c");

    assertThat(s.size()).isEqualTo(3);
    assertThat(s.hasAll("a", "b", "c"))
        .as("hint 3: of(items) must create a set and insert the items")
        .isTrue();
  }

  @Test
  @DisplayName("lists its items sorted, as TestStringSetList did")
  void listIsSorted() {
    assertThat(StringSet.of("z", "y", "x", "a").list())
        .as("hint 4: list() returns the items sorted ascending")
        .containsExactly("a", "x", "y", "z");
  }

  @Test
  @DisplayName("counts an item inserted twice once")
  void noDuplicates() {
    StringSet s = StringSet.of("a", "a");
    s.insert("a");

    assertThat(s.size()).as("hint 2: a set holds each item once").isEqualTo(1);
  }

  @Test
  @DisplayName("hands out a list the caller may change without changing the set")
  void listIsACopy() {
    StringSet s = StringSet.of("a");
    List<String> list = s.list();
    list.add("b");

    assertThat(s.has("b"))
        .as("hint 4: list() returns a new ArrayList each time, so changing it changes no set")
        .isFalse();
  }

  @Test
  @DisplayName("answers hasAll and isSuperset like upstream's later additions")
  void hasAllAndSuperset() {
    StringSet s = StringSet.of("a", "b", "c");

    assertThat(s.hasAll("a", "c")).isTrue();
    assertThat(s.hasAll("a", "z"))
        .as("hint 5: hasAll(items) is true only if every item is present")
        .isFalse();
    assertThat(s.isSuperset(StringSet.of("a", "b"))).isTrue();
    assertThat(StringSet.of("a").isSuperset(s))
        .as("hint 5: a.isSuperset(b) is true when a holds every item of b")
        .isFalse();
  }

  @Test
  @DisplayName("is equal to another set with the same items, and prints them")
  void valueSemantics() {
    assertThat(StringSet.of("b", "a"))
        .as("hint 6: two sets with the same items are equal")
        .isEqualTo(StringSet.of("a", "b"))
        .hasSameHashCodeAs(StringSet.of("a", "b"))
        .hasToString("StringSet[a, b]");
  }

  @Test
  @DisplayName("rejects null items")
  void rejectsNull() {
    StringSet s = new StringSet();

    assertThatThrownBy(() -> s.insert("a", null))
        .as("hint 6: reject null items with Objects.requireNonNull")
        .isInstanceOf(NullPointerException.class);
  }
}
