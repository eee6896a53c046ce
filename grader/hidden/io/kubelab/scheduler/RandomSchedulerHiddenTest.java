package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.kubelab.api.Pod;
import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grader's checks of RandomScheduler, as docs/design/randomness.md §5 recommends.
 *
 * <p>Every seed is fixed, so a grade is reproducible. The eight statistical tests (counts and
 * successive differences at n = 2, 3, 5, 10, each on 6000 picks of a fresh {@code new
 * Random(seed)}) reject at α = 1e-11; their exact multinomial tails sum to at most 8.7e-11, and the
 * different-seeds test adds about 1e-64. So a correct implementation fails a grading run with
 * probability below 1e-10; with the seeds fixed, that is the chance that its way of consuming the
 * random source lands on an unlucky stream. Every other check is deterministic.
 */
@DisplayName("RandomScheduler, hidden checks (lesson pr-286, exercise random-scheduler)")
class RandomSchedulerHiddenTest {
  private static final int PICKS = 6000;
  private static final Pod POD = Pods.newPod("web-1");

  private static List<String> machines(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "m" + i).toList();
  }

  /** The fixed seed of the picks from n machines, shared by the counts and differences tests. */
  private static long seed(int n) {
    return 0x5EED0000L + n;
  }

  /**
   * Returns PICKS + 1 picks from n machines as indexes, failing on a machine not in the list. The
   * counts and the differences tests of one n share the seed, as docs/design/randomness.md §5 has
   * it.
   */
  private static int[] picks(int n) throws SchedulingException {
    List<String> machines = machines(n);
    Scheduler scheduler = new RandomScheduler(new Random(seed(n)));
    MinionLister lister = new FakeMinionLister(machines);
    int[] picks = new int[PICKS + 1];
    for (int i = 0; i < picks.length; i++) {
      String machine = scheduler.schedule(POD, lister);
      picks[i] = machines.indexOf(machine);
      if (picks[i] < 0) {
        fail(
            "pick %d was %s, which is not one of the listed machines %s. Read hint 2: work only"
                + " with that list, the one minionLister.list() gave you.",
            i, machine == null ? "null" : "\"" + machine + "\"", machines);
      }
    }
    return picks;
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {2, 3, 5, 10})
  @DisplayName("chooses every machine equally often")
  void countsAreUniform(int n) throws SchedulingException {
    int[] picks = picks(n);
    long[] counts = new long[n];
    for (int i = 0; i < PICKS; i++) {
      counts[picks[i]]++;
    }

    if (!ChiSquare.uniform(counts)) {
      fail(
          "%s%nThe machines were not chosen equally often. Read hint 3: random.nextInt(n) makes"
              + " every index below n equally likely; rounding, Math.abs or a shortened range"
              + " makes some machines likelier (or impossible).",
          ChiSquare.report(
              "%d pods on %d machines, new Random(0x%X)".formatted(PICKS, n, seed(n)),
              machines(n),
              counts));
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {2, 3, 5, 10})
  @DisplayName("does not follow a pattern from one pick to the next")
  void differencesAreUniform(int n) throws SchedulingException {
    int[] picks = picks(n);
    long[] counts = new long[n];
    for (int i = 0; i < PICKS; i++) {
      counts[Math.floorMod(picks[i + 1] - picks[i], n)]++;
    }

    if (!ChiSquare.uniform(counts)) {
      fail(
          "%s%nThe step from one machine to the next (how many places further down the list, mod"
              + " %d) should be random too, but some steps came up far too often. Going round the"
              + " machines in turn is round robin, not random. Read hint 3 (draw a fresh index"
              + " with random.nextInt(machines.size()) for every pod).",
          ChiSquare.report(
              PICKS + " steps between consecutive picks from " + n + " machines",
              IntStream.range(0, n).mapToObj(d -> "+" + d).toList(),
              counts),
          n);
    }
  }

  @Test
  @DisplayName("makes the same choices for the same seed")
  void sameSeedSameChoices() throws SchedulingException {
    MinionLister lister = new FakeMinionLister(machines(10));
    Scheduler first = new RandomScheduler(new Random(0xC0FFEE));
    Scheduler second = new RandomScheduler(new Random(0xC0FFEE));
    List<String> fromFirst = new ArrayList<>();
    List<String> fromSecond = new ArrayList<>();

    // Interleaved, so a Random shared between the two schedulers shows up too.
    for (int i = 0; i < 64; i++) {
      fromFirst.add(first.schedule(POD, lister));
      fromSecond.add(second.schedule(POD, lister));
    }

    assertThat(String.join(" ", fromSecond))
        .as(
            "two schedulers, each given new Random(0xC0FFEE), chose differently for the same 64"
                + " pods, so something other than the injected random source decides (a new"
                + " Random() of your own, Math.random(), a static field?). Read hint 1.")
        .isEqualTo(String.join(" ", fromFirst));
  }

  @Test
  @DisplayName("makes different choices for different seeds")
  void differentSeedsDifferentChoices() throws SchedulingException {
    MinionLister lister = new FakeMinionLister(machines(10));
    Scheduler first = new RandomScheduler(new Random(0x5EED));
    Scheduler second = new RandomScheduler(new Random(0xBEEFCAFEL));
    List<String> fromFirst = new ArrayList<>();
    List<String> fromSecond = new ArrayList<>();

    for (int i = 0; i < 64; i++) {
      fromFirst.add(first.schedule(POD, lister));
      fromSecond.add(second.schedule(POD, lister));
    }

    assertThat(String.join(" ", fromSecond))
        .as(
            "schedulers given new Random(0x5EED) and new Random(0xBEEFCAFE) chose the same 64"
                + " machines, so the injected random source does not decide. Read hint 1: keep the"
                + " RandomGenerator you are given in a final field and draw from it.")
        .isNotEqualTo(String.join(" ", fromFirst));
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {3, 5, 10})
  @Timeout(5)
  @DisplayName("stays within the list for the most extreme random numbers")
  void extremeRandomNumbers(int n) {
    List<String> machines = machines(n);
    int[][] scripts = {{0x80000000, 0}, {0, 0}, {0xFFFFFFFF, 0xFFFFFFFF}};
    for (int[] script : scripts) {
      Scheduler scheduler = new RandomScheduler(new ScriptedRandom(99, script));

      Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FakeMinionLister(machines)));

      assertThat(outcome.returned())
          .as(
              "with a random source whose first words are %s (so nextInt() is %d and nextDouble()"
                  + " is %s), %s; it must return one of %s. Read hint 3: tricks such as"
                  + " Math.abs(random.nextInt()) %% n can even be negative (for Integer.MIN_VALUE),"
                  + " and Math.round(nextDouble() * n) can reach n.",
              hex(script),
              new ScriptedRandom(99, script).nextInt(),
              new ScriptedRandom(99, script).nextDouble(),
              outcome,
              machines)
          .isIn(machines);
    }
  }

  @Test
  @DisplayName("lists the machines exactly once per pod, and picks from that list")
  void listsOncePerPod() throws SchedulingException {
    List<String> ten = machines(10);
    List<String> three = List.of("a", "b", "c");
    CountingMinionLister lister = new CountingMinionLister(call -> call % 2 == 0 ? ten : three);
    Scheduler scheduler = new RandomScheduler(new Random(5));

    for (int i = 1; i <= 50; i++) {
      String machine = scheduler.schedule(POD, lister);

      assertThat(lister.calls())
          .as(
              "minionLister.list() calls after %d schedule() calls. Read hint 2: call it exactly"
                  + " once per schedule() call",
              i)
          .isEqualTo(i);
      assertThat(machine)
          .as(
              "pod %d: this call's list() returned %s. Read hint 2: work only with that list,"
                  + " the one this call got",
              i, lister.last())
          .isIn(lister.last());
    }
  }

  @Test
  @DisplayName("never remembers an old machine list")
  void neverCachesTheList() throws SchedulingException {
    List<String> later = List.of("x1", "x2", "x3", "x4", "x5");
    CountingMinionLister lister =
        new CountingMinionLister(call -> call == 0 ? machines(10) : later);
    Scheduler scheduler = new RandomScheduler(new Random(6));

    scheduler.schedule(POD, lister);
    for (int i = 0; i < 50; i++) {
      assertThat(scheduler.schedule(POD, lister))
          .as(
              "after the first pod the machines changed to %s. Read hint 2: the machines can"
                  + " change between calls; list them on every call, never keep them in a field",
              later)
          .isIn(later);
    }
  }

  @Test
  @DisplayName("no machine is returned when the lister fails")
  void listerFailureReturnsNoMachine() {
    Scheduler scheduler = new RandomScheduler(new Random(0));
    RecordingFailingLister lister = new RecordingFailingLister(new ListerException("etcd down"));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, lister));

    assertThat(lister.calls())
        .as(
            "calls to minionLister.list(); %s. Read hint 2: call minionLister.list() exactly once"
                + " per schedule() call",
            outcome)
        .isEqualTo(1);
    assertThat(outcome.thrown())
        .as(
            "minionLister.list() threw, yet %s. Read hint 4: a failed listing is no machine (not"
                + " even null): catch it and throw new SchedulingException(message, e)",
            outcome)
        .isNotNull();
  }

  @Test
  @DisplayName("the failure is a SchedulingException")
  void listerFailureIsASchedulingException() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Outcome outcome =
        Outcome.of(
            () ->
                scheduler.schedule(POD, new FailingMinionLister(new ListerException("etcd down"))));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() threw a ListerException and %s. Read hint 4: catch it and throw"
                + " new SchedulingException(message, e), so callers can handle it",
            outcome)
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("the lister's exception is kept as the cause")
  void listerFailureKeepsCause() {
    ListerException failure = new ListerException("etcd down");
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FailingMinionLister(failure)));

    assertThat(outcome.causedBy(failure))
        .as(
            "minionLister.list() threw %s and %s. Read hint 4: new SchedulingException(message,"
                + " e) keeps why listing failed",
            failure, outcome)
        .isTrue();
  }

  @Test
  @DisplayName("refuses an empty machine list with a SchedulingException")
  void emptyList() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FakeMinionLister(List.of())));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned [] and %s. Read hint 4: with no machines throw a"
                + " SchedulingException that names the pod (web-1), not IndexOutOfBounds, / by"
                + " zero or IllegalArgumentException",
            outcome)
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web-1");
  }

  @Test
  @DisplayName("refuses a null machine list with a SchedulingException")
  void nullList() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Outcome outcome = Outcome.of(() -> scheduler.schedule(POD, new FakeMinionLister(null)));

    assertThat(outcome.thrown())
        .as(
            "minionLister.list() returned null and %s. Read hint 4: a null list has no machines"
                + " either; throw a SchedulingException, not a NullPointerException",
            outcome)
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @Timeout(20)
  @DisplayName("never lets two threads into a random source that is not thread safe")
  void safeUnderConcurrentCalls() throws Exception {
    Meeting meeting = new Meeting(4);
    OverlapDetector random = new OverlapDetector(new SplittableRandom(11), meeting);
    Scheduler scheduler = new RandomScheduler(random);
    MinionLister lister = new FakeMinionLister(machines(5));

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            meeting.task(
                thread -> {
                  for (int i = 0; i < 200; i++) {
                    assertThat(scheduler.schedule(POD, lister)).isIn(machines(5));
                  }
                }));

    assertThat(failures).as("what the four scheduling threads threw").isEmpty();
    assertThat(random.overlapped())
        .as(
            "four threads scheduled at once with a random source that is not thread safe, and two"
                + " of them drew from it at the same time. Read hint 5: draw the index inside"
                + " synchronized (random) { ... }")
        .isFalse();
  }

  private static String hex(int[] words) {
    return Arrays.stream(words).mapToObj(word -> String.format("0x%08X", word)).toList().toString();
  }
}
