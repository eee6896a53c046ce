package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubelab.api.Pod;
import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("RoundRobinScheduler, hidden checks (lesson pr-286, exercise round-robin-scheduler)")
class RoundRobinSchedulerHiddenTest {
  private static final Pod POD = Pods.newPod("web-1");
  private static final List<String> FOUR = List.of("m1", "m2", "m3", "m4");

  @Test
  @DisplayName("goes round the machines again and again")
  void severalRounds() throws SchedulingException {
    Scheduler scheduler = new RoundRobinScheduler();
    List<String> chosen = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      chosen.add(scheduler.schedule(POD, new FakeMinionLister(List.of("a", "b", "c"))));
    }

    assertThat(chosen)
        .as("hint 2: (last + 1) %% size, round after round")
        .containsExactly("a", "b", "c", "a", "b", "c", "a", "b", "c", "a");
  }

  @Test
  @DisplayName("stays within this call's list when the list shrinks")
  void followsAShrinkingList() throws SchedulingException {
    Scheduler scheduler = new RoundRobinScheduler();
    for (int i = 0; i < 3; i++) {
      scheduler.schedule(POD, new FakeMinionLister(FOUR));
    }

    assertThat(scheduler.schedule(POD, new FakeMinionLister(List.of("x", "y"))))
        .as("hint 2: take the index modulo this call's list size, not the old one")
        .isIn("x", "y");
  }

  @Test
  @DisplayName("lists the machines exactly once per pod")
  void listsOncePerPod() throws SchedulingException {
    CountingMinionLister lister = new CountingMinionLister(call -> FOUR);
    Scheduler scheduler = new RoundRobinScheduler();

    for (int i = 1; i <= 20; i++) {
      scheduler.schedule(POD, lister);
      assertThat(lister.calls()).as("list() calls after %d pods", i).isEqualTo(i);
    }
  }

  @Test
  @DisplayName("returns no machine when the lister fails")
  void listerFailureReturnsNoMachine() {
    AtomicReference<String> returned = new AtomicReference<>();
    RecordingFailingLister lister = new RecordingFailingLister(new ListerException("down"));

    Throwable thrown =
        catchThrowable(() -> returned.set(new RoundRobinScheduler().schedule(POD, lister)));

    assertThat(lister.calls()).as("schedule must ask the lister").isEqualTo(1);
    assertThat(returned.get()).isNull();
    assertThat(thrown).isNotNull();
  }

  @Test
  @DisplayName("reports a lister failure as a SchedulingException")
  void listerFailureIsASchedulingException() {
    Throwable thrown =
        catchThrowable(
            () ->
                new RoundRobinScheduler()
                    .schedule(POD, new FailingMinionLister(new ListerException("down"))));

    assertThat(thrown).isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("keeps the lister's exception as the cause")
  void listerFailureKeepsCause() {
    ListerException failure = new ListerException("down");

    Throwable thrown =
        catchThrowable(
            () -> new RoundRobinScheduler().schedule(POD, new FailingMinionLister(failure)));

    assertThat(thrown).hasRootCause(failure);
  }

  @Test
  @DisplayName("refuses a null machine list with a SchedulingException")
  void nullList() {
    Throwable thrown =
        catchThrowable(() -> new RoundRobinScheduler().schedule(POD, new FakeMinionLister(null)));

    assertThat(thrown).as("hint 3").isInstanceOf(SchedulingException.class);
  }

  @Test
  @Timeout(20)
  @DisplayName("gives every machine its turn when four threads schedule at once")
  void fairUnderConcurrentCalls() throws Exception {
    Scheduler scheduler = new RoundRobinScheduler();
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            thread -> {
              for (int i = 0; i < 2500; i++) {
                String machine = scheduler.schedule(POD, new FakeMinionLister(FOUR));
                counts.computeIfAbsent(machine, m -> new AtomicInteger()).incrementAndGet();
              }
            });

    assertThat(failures).isEmpty();
    assertThat(counts)
        .as("hint 4: 10000 pods on 4 machines must be 2500 each; two threads took the same turn")
        .allSatisfy((machine, count) -> assertThat(count.get()).isEqualTo(2500));
  }
}
