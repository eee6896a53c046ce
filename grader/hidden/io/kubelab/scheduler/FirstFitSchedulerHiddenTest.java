package io.kubelab.scheduler;

import static io.kubelab.scheduler.Pods.newPod;
import static io.kubelab.scheduler.Pods.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The grader's checks of FirstFitScheduler.
 *
 * <p>Every seed is fixed. The one statistical check, uniformity among the two fitting machines on
 * 6000 picks, rejects at α = 1e-11 like RandomScheduler's (docs/design/randomness.md): its exact
 * false-fail probability is 9.9e-12. Every other check is deterministic.
 */
@DisplayName("FirstFitScheduler, hidden checks (lesson pr-286, exercise first-fit-scheduler)")
class FirstFitSchedulerHiddenTest {
  private static final List<String> THREE = List.of("m1", "m2", "m3");
  private static final MinionLister THREE_MACHINES = new FakeMinionLister(THREE);
  private static final String LISTER_HINT =
      "Read ./kubelab hint random-scheduler, hint 4 (the same applies here): catch"
          + " ListerException and throw new SchedulingException(message, e)";

  @Test
  @DisplayName("never chooses a machine where a wanted host port is taken, whatever the seed")
  void onlyFittingMachines() throws SchedulingException {
    List<String> four = List.of("m1", "m2", "m3", "m4");
    FakePodLister placed =
        new FakePodLister(
            List.of(
                pod("a", "m2", 8080),
                pod("b", "m4", 9090, 7070),
                pod("c", "m3", 7070),
                pod("gone", "m9", 8080, 9090)));
    for (long seed = 0; seed < 200; seed++) {
      Scheduler scheduler = new FirstFitScheduler(placed, new Random(seed));
      for (int i = 0; i < 5; i++) {
        assertThat(scheduler.schedule(newPod("web", 8080, 9090), new FakeMinionLister(four)))
            .as(
                "with new Random(%d): a pod wanting host ports 8080 and 9090 fits only m1 and m3"
                    + " (m2 holds 8080, m4 holds 9090; m3's 7070 is no conflict). Read hint 2: the host"
                    + " ports a pod claims are what conflicts",
                seed)
            .isIn("m1", "m3");
      }
    }
  }

  @Test
  @DisplayName("chooses evenly among the machines that fit")
  void uniformAmongFits() throws SchedulingException {
    FakePodLister placed = new FakePodLister(List.of(pod("a", "m2", 8080), pod("b", "m3", 7070)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(0xF17L));
    List<String> fits = List.of("m1", "m3");
    long[] counts = new long[2];

    for (int i = 0; i < 6000; i++) {
      String machine = scheduler.schedule(newPod("web", 8080), THREE_MACHINES);
      int index = fits.indexOf(machine);
      if (index < 0) {
        fail(
            "pick %d was %s, but only m1 and m3 fit a pod wanting host port 8080 (m2 holds it)."
                + " Read hint 2: the host ports a pod claims are what conflicts",
            i, machine);
      }
      counts[index]++;
    }

    if (!ChiSquare.uniform(counts)) {
      fail(
          "%s%nm1 and m3 both fit (m3's pod holds 7070, which this pod does not want), so each"
              + " should get about half the pods. Read hint 4: among the machines that fit, choose"
              + " one with random.nextInt(fits.size()); and hint 2: only the host ports a pod"
              + " claims conflict.",
          ChiSquare.report("6000 pods on m1, m2, m3, where m1 and m3 fit", fits, counts));
    }
  }

  @Test
  @DisplayName("lets pods that claim no host port (port 0) share a machine")
  void portZeroNeverConflicts() throws SchedulingException {
    FakePodLister placed =
        new FakePodLister(List.of(pod("a", "m1", 0), pod("b", "m2", 0), pod("c", "m3", 0)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(1));

    for (int i = 0; i < 10; i++) {
      Outcome outcome = Outcome.of(() -> scheduler.schedule(newPod("web", 0), THREE_MACHINES));

      assertThat(outcome.returned())
          .as(
              "every machine runs a pod with host port 0, and the new pod also has host port 0,"
                  + " but %s. Read hint 3: host port 0 means no host port, so it never conflicts",
              outcome)
          .isIn(THREE);
    }
  }

  @Test
  @DisplayName("counts the host ports of every container of a pod")
  void everyContainerCounts() throws SchedulingException {
    Pod big =
        podWithContainers(
            "big", "m1", new Container("a", "i", null, List.of(Port.host(80))), container(443));
    Pod wanting = podWithContainers("web", "", container(9000), container(443), container(0));
    FakePodLister placed = new FakePodLister(List.of(big, pod("x", "m2", 80)));
    Scheduler scheduler = new FirstFitScheduler(placed, new Random(2));

    for (int i = 0; i < 50; i++) {
      assertThat(scheduler.schedule(wanting, THREE_MACHINES))
          .as(
              "the pod on m1 claims 443 in its second container, and the new pod wants 443 in"
                  + " its second container, so only m2 and m3 fit. Read hint 2: the host ports a pod"
                  + " claims are those of all its containers, on both pods")
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
    Scheduler scheduler = new FirstFitScheduler(lister, new Random(3));

    scheduler.schedule(newPod("web", 80), THREE_MACHINES);

    assertThat(selectors)
        .as(
            "the selectors schedule passed to podLister.listPods. Read hint 1:"
                + " listPods(Map.of()) selects every pod, like Go's labels.Everything()")
        .isNotEmpty()
        .allSatisfy(selector -> assertThat(selector).isEqualTo(Map.of()));
  }

  @Test
  @DisplayName("a machine-lister failure becomes a SchedulingException with that cause")
  void machineListerFailure() {
    ListerException failure = new ListerException("etcd down");
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(4));

    Outcome outcome =
        Outcome.of(() -> scheduler.schedule(newPod("web", 80), new FailingMinionLister(failure)));

    assertThat(outcome.thrown())
        .as("minionLister.list() threw %s and %s. %s", failure, outcome, LISTER_HINT)
        .isInstanceOf(SchedulingException.class);
    assertThat(outcome.causedBy(failure))
        .as("minionLister.list() threw %s and %s. %s", failure, outcome, LISTER_HINT)
        .isTrue();
  }

  @Test
  @DisplayName("a pod-lister failure becomes a SchedulingException with that cause")
  void podListerFailure() {
    ListerException failure = new ListerException("pods unavailable");
    PodLister broken =
        selector -> {
          throw failure;
        };
    Scheduler scheduler = new FirstFitScheduler(broken, new Random(5));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(newPod("web", 80), THREE_MACHINES));

    assertThat(outcome.thrown())
        .as("podLister.listPods threw %s and %s. %s", failure, outcome, LISTER_HINT)
        .isInstanceOf(SchedulingException.class);
    assertThat(outcome.causedBy(failure))
        .as("podLister.listPods threw %s and %s. %s", failure, outcome, LISTER_HINT)
        .isTrue();
  }

  @Test
  @DisplayName("refuses an empty machine list with a SchedulingException")
  void emptyList() {
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(6));

    Outcome outcome =
        Outcome.of(() -> scheduler.schedule(newPod("web", 80), new FakeMinionLister(List.of())));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned [] and %s. Read hint 4: when no machine fits (none"
                + " does when there are none), throw a SchedulingException that names the pod",
            outcome)
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web");
  }

  @Test
  @DisplayName("refuses a null machine list with a SchedulingException")
  void nullList() {
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(6));

    Outcome outcome =
        Outcome.of(() -> scheduler.schedule(newPod("web", 80), new FakeMinionLister(null)));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned null and %s. Read hint 4: a null list has no machines"
                + " either; throw a SchedulingException, not a NullPointerException",
            outcome)
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("lists the machines exactly once per pod")
  void listsOncePerPod() throws SchedulingException {
    CountingMinionLister lister =
        new CountingMinionLister(call -> call % 2 == 0 ? List.of("m1", "m2") : List.of("m3"));
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), new Random(7));

    for (int i = 1; i <= 20; i++) {
      String machine = scheduler.schedule(newPod("web", 80), lister);

      assertThat(lister.calls())
          .as(
              "minionLister.list() calls after %d schedule() calls. Read hint 1: list the"
                  + " machines once per schedule() call",
              i)
          .isEqualTo(i);
      assertThat(machine)
          .as(
              "pod %d: this call's list() returned %s. Read hint 1: list the machines once per pod",
              i, lister.last())
          .isIn(lister.last());
    }
  }

  @Test
  @Timeout(20)
  @DisplayName("never lets two threads into a random source that is not thread safe")
  void safeUnderConcurrentCalls() throws Exception {
    Meeting meeting = new Meeting(4);
    OverlapDetector random = new OverlapDetector(new SplittableRandom(11), meeting);
    Scheduler scheduler = new FirstFitScheduler(new FakePodLister(List.of()), random);

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            meeting.task(
                thread -> {
                  for (int i = 0; i < 200; i++) {
                    assertThat(scheduler.schedule(newPod("web", 80), THREE_MACHINES)).isIn(THREE);
                  }
                }));

    assertThat(failures).as("what the four scheduling threads threw").isEmpty();
    assertThat(random.overlapped())
        .as(
            "four threads scheduled at once with a random source that is not thread safe, and two"
                + " of them drew from it at the same time. Read ./kubelab hint random-scheduler,"
                + " hint 5: draw the index inside synchronized (random) { ... }")
        .isFalse();
  }

  private static Container container(int hostPort) {
    return new Container("c" + hostPort, "image", null, List.of(Port.host(hostPort)));
  }

  private static Pod podWithContainers(String id, String host, Container... containers) {
    ContainerManifest manifest = new ContainerManifest("v1beta1", List.of(containers), id);
    return new Pod(
        id, null, new PodState(manifest, null, host, null), new PodState(null, null, host, null));
  }
}
