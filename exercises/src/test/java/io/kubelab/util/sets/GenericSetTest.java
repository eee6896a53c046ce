package io.kubelab.util.sets;

import static org.assertj.core.api.Assertions.assertThat;

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

    assertThat(set.list()).containsExactly("a", "b", "c");
    assertThat(set.toString()).isEqualTo("Set[a, b, c]");
    assertThat(set).isEqualTo(Set.of("c", "b", "a"));
    assertThat(set.hasAll("a", "c")).isTrue();
    assertThat(set.isSuperset(Set.of("a"))).isTrue();
  }
}
