package io.kubelab.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hidden checks of StringSet: a model-based test runs seeded random sequences of insert, delete,
 * has, size and list against {@link TreeSet} and reports the first step where they disagree.
 */
@DisplayName("StringSet, hidden checks (lesson pr-283-289, exercise string-set)")
class StringSetHiddenTest {
  private static final String[] ALPHABET = {"a", "b", "c", "A", "B", "ab", "", "z", "m1", "m2"};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  @DisplayName("behaves like java.util.TreeSet over 400 random operations")
  void matchesTheModel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringSet set = new StringSet();
    TreeSet<String> model = new TreeSet<>();
    List<String> steps = new ArrayList<>();

    for (int step = 0; step < 400; step++) {
      String item = ALPHABET[random.nextInt(ALPHABET.length)];
      switch (random.nextInt(5)) {
        case 0 -> {
          String second = ALPHABET[random.nextInt(ALPHABET.length)];
          set.insert(item, second);
          model.add(item);
          model.add(second);
          steps.add("insert(" + item + ", " + second + ")");
        }
        case 1 -> {
          set.delete(item);
          model.remove(item);
          steps.add("delete(" + item + ")");
        }
        case 2 -> {
          steps.add("has(" + item + ")");
          assertThat(set.has(item)).as("after %s", tail(steps)).isEqualTo(model.contains(item));
        }
        case 3 -> {
          steps.add("size()");
          assertThat(set.size()).as("after %s", tail(steps)).isEqualTo(model.size());
        }
        default -> {
          steps.add("list()");
          assertThat(set.list()).as("after %s", tail(steps)).containsExactlyElementsOf(model);
        }
      }
    }
  }

  @Test
  @DisplayName("returns a new list each time, and never shares its storage")
  void listIsIndependent() {
    StringSet set = StringSet.of("b", "a");
    List<String> first = set.list();
    first.clear();
    set.insert("c");

    assertThat(set.list()).containsExactly("a", "b", "c");
    assertThat(first)
        .as(
            "hint 4: a new ArrayList each time, so a list handed out earlier does not change either")
        .isEmpty();
  }

  @Test
  @DisplayName("deletes only the item asked for")
  void deleteOnlyThatItem() {
    StringSet set = StringSet.of("a", "b", "c");
    set.delete("b");
    set.delete("absent");

    assertThat(set.list()).containsExactly("a", "c");
  }

  @Test
  @DisplayName("is case-sensitive, as Go's map keys are")
  void caseSensitive() {
    StringSet set = StringSet.of("a");

    assertThat(set.has("A")).isFalse();
    assertThat(StringSet.of("a", "A").size()).isEqualTo(2);
  }

  @Test
  @DisplayName("answers hasAll for no items with true, and for any missing item with false")
  void hasAllEdges() {
    StringSet set = StringSet.of("a", "b");

    assertThat(set.hasAll()).isTrue();
    assertThat(set.hasAll("b", "c")).isFalse();
    assertThat(new StringSet().hasAll("a")).isFalse();
  }

  @Test
  @DisplayName("is a superset of itself and of the empty set, not of a bigger set")
  void supersetEdges() {
    StringSet set = StringSet.of("a", "b");

    assertThat(set.isSuperset(set)).isTrue();
    assertThat(set.isSuperset(new StringSet())).isTrue();
    assertThat(set.isSuperset(StringSet.of("a", "b", "c"))).isFalse();
    assertThat(new StringSet().isSuperset(set)).isFalse();
  }

  @Test
  @DisplayName("keeps equals and hashCode consistent as items come and go")
  void equalsContract() {
    StringSet left = StringSet.of("a", "b");
    StringSet right = StringSet.of("b");
    right.insert("a");

    assertThat(left).isEqualTo(right).hasSameHashCodeAs(right);
    right.delete("a");
    assertThat(left).isNotEqualTo(right);
    assertThat(left).isNotEqualTo(List.of("a", "b")).isNotEqualTo(null);
  }

  @Test
  @DisplayName("rejects null in every method that takes an item")
  void nullEverywhere() {
    StringSet set = StringSet.of("a");
    List<Executable> calls =
        List.of(
            () -> set.insert((String) null),
            () -> set.delete(null),
            () -> set.has(null),
            () -> set.hasAll("a", null),
            () -> StringSet.of("a", null));

    for (Executable call : calls) {
      assertThatThrownBy(call::execute)
          .as("hint 6: reject null items with Objects.requireNonNull")
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(set.list()).containsExactly("a");
  }

  private static List<String> tail(List<String> steps) {
    return steps.subList(Math.max(0, steps.size() - 8), steps.size());
  }
}
