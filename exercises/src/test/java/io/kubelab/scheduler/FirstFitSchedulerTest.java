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
        .as("hint 1: list the machines once and the placed pods once; with none placed, all fit")
        .isIn("m1", "m2", "m3");
  }

  @Test
  @DisplayName("avoids the machine whose pod already claims the host port")
  void avoidsTakenPort() throws SchedulingException {
    FakePodLister placed = new FakePodLister(List.of(pod("a", "m1", 8080)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0));

    for (int i = 0; i < 20; i++) {
      assertThat(scheduler.schedule(newPod("web", 8080), MACHINES))
          .as("hint 2: group the placed pods by pod.currentState().host(): m1 holds host port 8080")
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
        .as("hint 2: a machine fits only if none of the host ports a pod claims is taken there")
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
        .as("hint 4: when none fits, throw a SchedulingException that names the pod")
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web");
  }
}
