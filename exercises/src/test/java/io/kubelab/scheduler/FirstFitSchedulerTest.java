package io.kubelab.scheduler;

import static io.kubelab.scheduler.Pods.newPod;
import static io.kubelab.scheduler.Pods.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The four cases of the 2014 {@code firstfit_test.go}. Go's tests expected "m3" from Go's PRNG;
 * here the expectation is the set of machines that fit, which holds for any random source.
 */
@DisplayName("FirstFitScheduler (lesson pr-286, exercise first-fit-scheduler)")
class FirstFitSchedulerTest {
  private static final MinionLister MACHINES = new FakeMinionLister(List.of("m1", "m2", "m3"));

  @Test
  @DisplayName("with nothing scheduled, any machine fits")
  void nothingScheduled() throws SchedulingException {
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(0));

    assertThat(scheduler.schedule(newPod("web", 8080), MACHINES))
        .as("hint 1: every machine fits when no pod runs anywhere")
        .isIn("m1", "m2", "m3");
  }

  @Test
  @DisplayName("avoids the machine whose pod already claims the host port")
  void avoidsTakenPort() throws SchedulingException {
    FakePodLister placed = new FakePodLister(List.of(pod("a", "m1", 8080)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0));

    for (int i = 0; i < 20; i++) {
      assertThat(scheduler.schedule(newPod("web", 8080), MACHINES))
          .as("hint 2: m1 already has a pod on host port 8080")
          .isIn("m2", "m3");
    }
  }

  @Test
  @DisplayName("finds the only machine free of every wanted host port")
  void onlyOneFits() throws SchedulingException {
    FakePodLister placed =
        new FakePodLister(
            List.of(
                pod("a", "m1", 80, 8080),
                pod("b", "m2", 8081, 8082, 8083),
                pod("c", "m3", 80, 443, 8085)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0));

    assertThat(scheduler.schedule(newPod("web", 8080, 8081), MACHINES))
        .as("hint 3: a machine fits only if none of the pod's host ports is taken there")
        .isEqualTo("m3");
  }

  @Test
  @DisplayName("fails with a SchedulingException when no machine fits")
  void noneFits() {
    FakePodLister placed =
        new FakePodLister(
            List.of(pod("a", "m1", 8080), pod("b", "m2", 8081), pod("c", "m3", 8080)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0));

    assertThatThrownBy(() -> scheduler.schedule(newPod("web", 8080, 8081), MACHINES))
        .as("hint 4: with no fitting machine, throw a SchedulingException naming the pod")
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web");
  }
}
