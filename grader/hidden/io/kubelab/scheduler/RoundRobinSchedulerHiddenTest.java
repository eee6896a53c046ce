package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.api.Pod;
import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The grader's checks of RoundRobinScheduler.
 *
 * <p>The concurrency check first makes two threads meet inside the scheduler ({@link
 * RendezvousList}), which catches the 2014 unlocked {@code last = (last + 1) % size} every run;
 * then it counts turns under load, which every atomic or locked solution passes every run.
 */
@DisplayName("RoundRobinScheduler, hidden checks (lesson pr-286, exercise round-robin-scheduler)")
class RoundRobinSchedulerHiddenTest {
  private static final Pod POD = Pods.newPod("web-1");
  private static final List<String> FOUR = List.of("m1", "m2", "m3", "m4");

  /** The catalog has no round-robin hint on lister failures; random-scheduler's hint 4 is it. */
  private static final String LISTER_HINT =
      "Read ./kubelab hint random-scheduler, hint 4 (the same applies here): catch ListerException"
          + " and throw new SchedulingException(message, e)";

  @Test
  @DisplayName("goes round the machines again and again")
  void severalRounds() throws SchedulingException {
    List<String> machines = List.of("a", "b", "c");
    Scheduler scheduler = new RoundRobinScheduler();
    List<String> chosen = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      chosen.add(scheduler.schedule(POD, new FakeMinionLister(machines)));
    }

    for (int i = 1; i < chosen.size(); i++) {
      int previous = machines.indexOf(chosen.get(i - 1));
      assertThat(chosen.get(i))
          .as(
              "10 pods on %s went to %s: pod %d should go to the machine after %s, wrapping"
                  + " round to the first after the last. Read hint 2: the next index is (last + 1) %%"
                  + " machines.size()",
              machines, chosen, i + 1, chosen.get(i - 1))
          .isEqualTo(machines.get((previous + 1) % machines.size()));
    }
  }

  @Test
  @DisplayName("stays within this call's list when the list shrinks")
  void followsAShrinkingList() throws SchedulingException {
    List<List<String>> lists =
        List.of(
            FOUR,
            FOUR,
            FOUR,
            List.of("x", "y"),
            List.of("p", "q", "r"),
            List.of("solo"),
            List.of("v1", "v2", "v3", "v4", "v5"),
            List.of("x", "y"),
            List.of("solo"),
            FOUR);
    CountingMinionLister lister = new CountingMinionLister(call -> lists.get(call % lists.size()));
    Scheduler scheduler = new RoundRobinScheduler();

    for (int i = 0; i < 3 * lists.size(); i++) {
      Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, lister));

      assertThat(outcome.returned())
          .as(
              "pod %d: this call's list was %s and %s. Read hint 2: take the next index modulo"
                  + " this call's list size, so it stays in range when the machines change",
              i + 1, lister.last(), outcome)
          .isIn(lister.last());
    }
  }

  @Test
  @DisplayName("lists the machines exactly once per pod")
  void listsOncePerPod() throws SchedulingException {
    CountingMinionLister lister = new CountingMinionLister(call -> FOUR);
    Scheduler scheduler = new RoundRobinScheduler();

    for (int i = 1; i <= 20; i++) {
      scheduler.schedule(POD, lister);

      assertThat(lister.calls())
          .as(
              "minionLister.list() calls after %d schedule() calls. Read hint 2: the next index"
                  + " comes from this call's list, so list once per schedule() call",
              i)
          .isEqualTo(i);
    }
  }

  @Test
  @DisplayName("no machine is returned when the lister fails")
  void listerFailureReturnsNoMachine() {
    Scheduler scheduler = new RoundRobinScheduler();
    RecordingFailingLister lister = new RecordingFailingLister(new ListerException("etcd down"));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, lister));

    assertThat(lister.calls())
        .as(
            "calls to minionLister.list(); %s. Read hint 2: the next index is taken from this"
                + " call's list, so schedule must ask the lister",
            outcome)
        .isEqualTo(1);
    assertThat(outcome.thrown())
        .as(
            "minionLister.list() threw, yet %s: a failed listing is no machine (not even null)."
                + " %s",
            outcome, LISTER_HINT)
        .isNotNull();
  }

  @Test
  @DisplayName("the failure is a SchedulingException")
  void listerFailureIsASchedulingException() {
    Scheduler scheduler = new RoundRobinScheduler();

    Outcome outcome =
        Outcome.of(
            () ->
                scheduler.schedule(POD, new FailingMinionLister(new ListerException("etcd down"))));

    assertThat(outcome.thrown())
        .as("minionLister.list() threw a ListerException and %s. %s", outcome, LISTER_HINT)
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("the lister's exception is kept as the cause")
  void listerFailureKeepsCause() {
    ListerException failure = new ListerException("etcd down");
    Scheduler scheduler = new RoundRobinScheduler();

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FailingMinionLister(failure)));

    assertThat(outcome.causedBy(failure))
        .as("minionLister.list() threw %s and %s. %s", failure, outcome, LISTER_HINT)
        .isTrue();
  }

  @Test
  @DisplayName("refuses an empty machine list with a SchedulingException")
  void emptyList() {
    Scheduler scheduler = new RoundRobinScheduler();

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FakeMinionLister(List.of())));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned [] and %s. Read hint 3: check for no machines before"
                + " the modulo (x %% 0 throws ArithmeticException) and throw a SchedulingException"
                + " whose message says why",
            outcome)
        .isInstanceOf(SchedulingException.class)
        .message()
        .isNotBlank();
  }

  @Test
  @DisplayName("refuses a null machine list with a SchedulingException")
  void nullList() {
    Scheduler scheduler = new RoundRobinScheduler();

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FakeMinionLister(null)));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned null and %s. Read hint 3: check for an empty (or null)"
                + " list before the modulo; throw a SchedulingException, not a NullPointerException",
            outcome)
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @Timeout(30)
  @DisplayName("gives every machine its turn when four threads schedule at once")
  void fairUnderConcurrentCalls() throws Exception {
    // First two threads, one pod each, made to meet inside schedule(): whatever the order, two
    // pods take two turns. The 2014 code reads the index, meets the other thread in size() and
    // writes the same index back, every run.
    Scheduler pair = new RoundRobinScheduler();
    Meeting meeting = new Meeting(2);
    MinionLister meetingPoint = new FakeMinionLister(new RendezvousList(FOUR, meeting));
    List<String> firstTwo = Collections.synchronizedList(new ArrayList<>());
    List<Throwable> pairFailures =
        Concurrently.run(
            "pair", 2, meeting.task(thread -> firstTwo.add(pair.schedule(POD, meetingPoint))));

    assertThat(pairFailures).as("what the two scheduling threads threw").isEmpty();
    assertThat(firstTwo)
        .as(
            "two threads scheduled one pod each at the same moment on a new scheduler and got %s:"
                + " they took the same turn. Read hint 4: keep the index in an AtomicInteger and"
                + " advance it with updateAndGet (or read and advance it under a lock)",
            firstTwo)
        .doesNotHaveDuplicates();

    // Then the load: 10000 pods on 4 machines are 2500 turns each, however the threads interleave.
    Scheduler scheduler = new RoundRobinScheduler();
    MinionLister lister = new FakeMinionLister(FOUR);
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    FOUR.forEach(machine -> counts.put(machine, new AtomicInteger()));

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            thread -> {
              for (int i = 0; i < 2500; i++) {
                String machine = scheduler.schedule(POD, lister);
                counts.computeIfAbsent(machine, m -> new AtomicInteger()).incrementAndGet();
              }
            });

    assertThat(failures).as("what the four scheduling threads threw").isEmpty();
    Map<String, Integer> turns = new TreeMap<>();
    counts.forEach((machine, count) -> turns.put(machine, count.get()));
    assertThat(turns)
        .as(
            "4 threads scheduled 2500 pods each on %s: round robin gives each machine exactly"
                + " 2500, but two threads took the same turn. Read hint 4: keep the index in an"
                + " AtomicInteger and advance it with updateAndGet (or lock around read and"
                + " write)",
            FOUR)
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    FOUR.get(0), 2500, FOUR.get(1), 2500, FOUR.get(2), 2500, FOUR.get(3), 2500)));
  }
}
