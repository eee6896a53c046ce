package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.api.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RoundRobinScheduler (lesson pr-286, exercise round-robin-scheduler)")
class RoundRobinSchedulerTest {
  private static final MinionLister MACHINES =
      new FakeMinionLister(List.of("m1", "m2", "m3", "m4"));
  private static final Pod POD = Pods.newPod("web-1");

  @Test
  @DisplayName("chooses the machines in list order, as the 2014 test did")
  void choosesInOrder() throws SchedulingException {
    Scheduler scheduler = new RoundRobinScheduler();
    List<String> chosen = new ArrayList<>();

    for (int i = 0; i < 4; i++) {
      chosen.add(scheduler.schedule(POD, MACHINES));
    }

    assertThat(chosen)
        .as("hint 1: the first call returns the first machine")
        .containsExactly("m1", "m2", "m3", "m4");
  }

  @Test
  @DisplayName("starts again at the first machine after the last one")
  void wrapsAround() throws SchedulingException {
    Scheduler scheduler = new RoundRobinScheduler();
    for (int i = 0; i < 4; i++) {
      scheduler.schedule(POD, MACHINES);
    }

    assertThat(scheduler.schedule(POD, MACHINES))
        .as("hint 2: take the next index modulo the number of machines")
        .isEqualTo("m1");
  }

  @Test
  @DisplayName("refuses an empty minion list with a SchedulingException, not a division by zero")
  void emptyListIsASchedulingException() {
    Scheduler scheduler = new RoundRobinScheduler();

    assertThatThrownBy(() -> scheduler.schedule(POD, new FakeMinionLister(List.of())))
        .as("hint 3: x % 0 throws ArithmeticException; check for no machines first")
        .isInstanceOf(SchedulingException.class);
  }
}
