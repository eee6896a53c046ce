package io.kubelab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the minion registry does, before and after the refactor: a refactor changes no behaviour.
 */
@DisplayName("The in-memory minion registry")
class MinionListTest {

  @Test
  @DisplayName("lists its machines in name order, each once")
  void listsSortedOnce() throws Exception {
    MinionList minions = MinionList.of("m3", "m1", "m2", "m1");

    assertThat(minions.list()).containsExactly("m1", "m2", "m3");
  }

  @Test
  @DisplayName("inserts, finds and forgets machines; forgetting an unknown one is harmless")
  void insertContainsDelete() throws Exception {
    MinionList minions = MinionList.of("m1");
    minions.insert("m2");
    minions.delete("m1");
    minions.delete("nope");

    assertThat(minions.contains("m2")).isTrue();
    assertThat(minions.contains("m1")).isFalse();
    assertThat(minions.list()).containsExactly("m2");
  }
}
