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

    assertThat(minions.list())
        .as("the machines come out sorted, each once")
        .containsExactly("m1", "m2", "m3");
  }

  @Test
  @DisplayName("inserts, finds and forgets machines; forgetting an unknown one is harmless")
  void insertContainsDelete() throws Exception {
    MinionList minions = MinionList.of("m1");
    minions.insert("m2");
    minions.delete("m1");
    minions.delete("nope");

    assertThat(minions.contains("m2")).as("an inserted machine is found").isTrue();
    assertThat(minions.contains("m1")).as("a deleted machine is gone").isFalse();
    assertThat(minions.list()).as("only the inserted machine is left").containsExactly("m2");
  }
}
