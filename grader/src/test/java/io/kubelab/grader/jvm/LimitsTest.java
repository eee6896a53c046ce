package io.kubelab.grader.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A test's CPU budget")
class LimitsTest {
  private final Catalog catalog = TestKit.kit().catalog();
  private final Exercise roundRobin = catalog.exercise("round-robin-scheduler").orElseThrow();
  private final Exercise jetcd = catalog.exercise("jetcd-txn").orElseThrow();

  @Test
  @DisplayName("is by default the one its exercise's catalog entry gives")
  void defaultsToTheExercisesOwn() {
    assertThat(Limits.defaults().cpuBudgetOf(roundRobin))
        .as("round-robin-scheduler's tests, whose reference spends hundredths of a second")
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(Limits.defaults().cpuBudgetOf(jetcd))
        .as("jetcd-txn's tests, which drive a gRPC client against real etcd members")
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(Limits.defaults().cpuBudgetOf(catalog.support()))
        .as("the kit's support tests, whose entry gives none")
        .isEqualTo(Duration.ofSeconds(Limits.CPU_SECONDS));
  }

  @Test
  @DisplayName("is the one an instructor names, for every exercise alike")
  void namedBudgetHoldsForAll() {
    Limits named = new Limits(Duration.ofSeconds(7), Duration.ofMinutes(3), 256);

    assertThat(named.cpuBudgetOf(roundRobin)).as("round-robin-scheduler").hasSeconds(7);
    assertThat(named.cpuBudgetOf(jetcd)).as("jetcd-txn").hasSeconds(7);
  }
}
