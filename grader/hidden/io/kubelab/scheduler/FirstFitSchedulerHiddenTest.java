package io.kubelab.scheduler;

import static io.kubelab.scheduler.Pods.newPod;
import static io.kubelab.scheduler.Pods.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubelab.api.Container;
import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.api.PodState;
import io.kubelab.api.Port;
import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The uniformity check uses the same α = 1e-11 as RandomScheduler's (design/randomness.md): with
 * its fixed seed, a correct implementation fails it with probability about 1e-11.
 */
@DisplayName("FirstFitScheduler, hidden checks (lesson pr-286, exercise first-fit-scheduler)")
class FirstFitSchedulerHiddenTest {
  private static final MinionLister THREE = new FakeMinionLister(List.of("m1", "m2", "m3"));

  @Test
  @DisplayName("never chooses a machine where a wanted host port is taken, whatever the seed")
  void onlyFittingMachines() throws SchedulingException {
    FakePodLister placed = new FakePodLister(List.of(pod("a", "m2", 8080), pod("b", "m3", 9090)));
    for (long seed = 0; seed < 200; seed++) {
      Scheduler scheduler = new FirstFitScheduler(placed, new Random(seed));

      assertThat(scheduler.schedule(newPod("web", 8080, 9090), THREE))
          .as("hint 2: m2 holds 8080 and m3 holds 9090")
          .isEqualTo("m1");
    }
  }

  @Test
  @DisplayName("chooses evenly among the machines that fit")
  void uniformAmongFits() throws SchedulingException {
    FakePodLister placed = new FakePodLister(List.of(pod("a", "m2", 8080)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0xF17L));
    long[] counts = new long[2];

    for (int i = 0; i < 6000; i++) {
      String machine = scheduler.schedule(newPod("web", 8080), THREE);
      assertThat(machine).isIn("m1", "m3");
      counts[machine.equals("m1") ? 0 : 1]++;
    }

    assertThat(ChiSquare.statistic(counts))
        .as(
            "%s%nhint 4: choose among the fitting machines with the random source, evenly",
            ChiSquare.report("fitting machines chosen", List.of("m1", "m3"), counts))
        .isLessThan(ChiSquare.critical(2));
  }

  @Test
  @DisplayName("lets pods that claim no host port (port 0) share a machine")
  void portZeroNeverConflicts() throws SchedulingException {
    FakePodLister placed =
        new FakePodLister(List.of(pod("a", "m1", 0), pod("b", "m2", 0), pod("c", "m3", 0)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(1));

    assertThat(scheduler.schedule(newPod("web", 0), THREE))
        .as("hint 3: host port 0 means no host port, so it never conflicts")
        .isIn("m1", "m2", "m3");
  }

  @Test
  @DisplayName("counts the host ports of every container of a pod")
  void everyContainerCounts() throws SchedulingException {
    ContainerManifest twoContainers =
        new ContainerManifest(
            null,
            List.of(
                new Container("a", "i", null, List.of(Port.host(80))),
                new Container("b", "i", null, List.of(Port.host(443)))),
            "big");
    Pod big = new Pod("big", null, new PodState(twoContainers, null, "m1", null), new PodState(null, null, "m1", null));
    Scheduler scheduler =
        new FirstFitScheduler(new FakePodLister(List.of(big, pod("x", "m2", 80))), new Random(2));

    for (int i = 0; i < 20; i++) {
      assertThat(scheduler.schedule(newPod("web", 443), THREE))
          .as("hint 2: the pod on m1 claims 443 in its second container")
          .isIn("m2", "m3");
    }
  }

  @Test
  @DisplayName("asks the pod lister for every pod, with an empty selector")
  void listsEveryPod() throws SchedulingException {
    List<Map<String, String>> selectors = new ArrayList<>();
    PodLister lister =
        selector -> {
          selectors.add(selector);
          return List.of();
        };

    new FirstFitScheduler(lister, new Random(3)).schedule(newPod("web", 80), THREE);

    assertThat(selectors).as("hint 1: listPods(Map.of()) selects everything").containsExactly(Map.of());
  }

  @Test
  @DisplayName("reports a machine-lister failure as a SchedulingException with its cause")
  void machineListerFailure() {
    ListerException failure = new ListerException("down");
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(4));

    Throwable thrown = catchThrowable(() -> scheduler.schedule(newPod("web", 80), new FailingMinionLister(failure)));

    assertThat(thrown).isInstanceOf(SchedulingException.class).hasRootCause(failure);
  }

  @Test
  @DisplayName("reports a pod-lister failure as a SchedulingException with its cause")
  void podListerFailure() {
    ListerException failure = new ListerException("pods unavailable");
    PodLister broken =
        selector -> {
          throw failure;
        };

    Throwable thrown =
        catchThrowable(() -> new FirstFitScheduler(broken, new Random(5)).schedule(newPod("web", 80), THREE));

    assertThat(thrown).isInstanceOf(SchedulingException.class).hasRootCause(failure);
  }

  @Test
  @DisplayName("refuses an empty or null machine list with a SchedulingException")
  void noMachines() {
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(6));

    assertThat(catchThrowable(() -> scheduler.schedule(newPod("web", 80), new FakeMinionLister(List.of()))))
        .isInstanceOf(SchedulingException.class);
    assertThat(catchThrowable(() -> scheduler.schedule(newPod("web", 80), new FakeMinionLister(null))))
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("lists the machines exactly once per pod")
  void listsOncePerPod() throws SchedulingException {
    CountingMinionLister lister = new CountingMinionLister(call -> List.of("m1", "m2"));
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(7));

    for (int i = 1; i <= 20; i++) {
      scheduler.schedule(newPod("web", 80), lister);
      assertThat(lister.calls()).isEqualTo(i);
    }
  }

  @Test
  @Timeout(10)
  @DisplayName("never lets two threads into a random source that is not thread safe")
  void safeUnderConcurrentCalls() throws Exception {
    OverlapDetector random = new OverlapDetector();
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), random);

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            thread -> {
              for (int i = 0; i < 200; i++) {
                scheduler.schedule(newPod("web", 80), THREE);
              }
            });

    assertThat(failures).isEmpty();
    assertThat(random.overlapped()).as("draw inside synchronized (random)").isFalse();
  }
}
