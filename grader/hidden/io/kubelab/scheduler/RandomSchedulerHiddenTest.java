package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubelab.api.Pod;
import io.kubelab.testing.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grader's checks of RandomScheduler, designed in design/randomness.md.
 *
 * <p>Every seed is fixed, so a grade is reproducible. The eight statistical tests (counts and
 * successive differences at n = 2, 3, 5, 10; 6000 picks each) use α = 1e-11; their exact
 * multinomial tails sum to at most 8.7e-11, and the different-seeds test adds about 1e-64: a
 * correct implementation fails a grading run with probability below 1e-10. Every other check is
 * deterministic.
 */
@DisplayName("RandomScheduler, hidden checks (lesson pr-286, exercise random-scheduler)")
class RandomSchedulerHiddenTest {
  private static final int PICKS = 6000;
  private static final Pod POD = Pods.newPod("web-1");

  private static List<String> machines(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "m" + i).toList();
  }

  /** Returns PICKS + 1 picks as indexes into {@code machines}, failing on a foreign machine. */
  private static int[] picks(int n, long seed) throws SchedulingException {
    List<String> machines = machines(n);
    Scheduler scheduler = new RandomScheduler(new Random(seed));
    int[] picks = new int[PICKS + 1];
    for (int i = 0; i < picks.length; i++) {
      String machine = scheduler.schedule(POD, new FakeMinionLister(machines));
      picks[i] = machines.indexOf(machine);
      assertThat(picks[i])
          .as("hint 1: pick %d was %s, which is not one of the listed machines", i, machine)
          .isNotNegative();
    }
    return picks;
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {2, 3, 5, 10})
  @DisplayName("chooses every machine equally often")
  void countsAreUniform(int n) throws SchedulingException {
    int[] picks = picks(n, 0x5EED0000L + n);
    long[] counts = new long[n];
    for (int i = 0; i < PICKS; i++) {
      counts[picks[i]]++;
    }

    assertThat(ChiSquare.statistic(counts))
        .as(
            "%s%nhint 3: every machine must be equally likely; random.nextInt(machines.size())"
                + " is",
            ChiSquare.report("machines chosen", machines(n), counts))
        .isLessThan(ChiSquare.critical(n));
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {2, 3, 5, 10})
  @DisplayName("does not follow a pattern from one pick to the next")
  void differencesAreUniform(int n) throws SchedulingException {
    int[] picks = picks(n, 0xD1FF0000L + n);
    long[] counts = new long[n];
    for (int i = 0; i < PICKS; i++) {
      counts[Math.floorMod(picks[i + 1] - picks[i], n)]++;
    }
    List<String> steps = IntStream.range(0, n).mapToObj(d -> "+" + d).toList();

    assertThat(ChiSquare.statistic(counts))
        .as(
            "%s%nhint 3: the step from one pick to the next must be random too; a scheduler that"
                + " goes round the machines in turn is round robin, not random",
            ChiSquare.report("steps between consecutive picks", steps, counts))
        .isLessThan(ChiSquare.critical(n));
  }

  @Test
  @DisplayName("makes the same choices for the same seed")
  void sameSeedSameChoices() throws SchedulingException {
    List<String> machines = machines(10);
    Scheduler first = new RandomScheduler(new Random(0xC0FFEE));
    Scheduler second = new RandomScheduler(new Random(0xC0FFEE));
    List<String> fromFirst = new ArrayList<>();
    List<String> fromSecond = new ArrayList<>();

    for (int i = 0; i < 64; i++) {
      fromFirst.add(first.schedule(POD, new FakeMinionLister(machines)));
      fromSecond.add(second.schedule(POD, new FakeMinionLister(machines)));
    }

    assertThat(fromFirst)
        .as(
            "hint 1: two schedulers given equal seeds chose differently, so something other than"
                + " the injected random source decides (a new Random(), Math.random(), a static"
                + " field?)")
        .isEqualTo(fromSecond);
  }

  @Test
  @DisplayName("makes different choices for different seeds")
  void differentSeedsDifferentChoices() throws SchedulingException {
    List<String> machines = machines(10);
    Scheduler first = new RandomScheduler(new Random(0x5EED));
    Scheduler second = new RandomScheduler(new Random(0xBEEFCAFEL));
    List<String> fromFirst = new ArrayList<>();
    List<String> fromSecond = new ArrayList<>();

    for (int i = 0; i < 64; i++) {
      fromFirst.add(first.schedule(POD, new FakeMinionLister(machines)));
      fromSecond.add(second.schedule(POD, new FakeMinionLister(machines)));
    }

    assertThat(fromFirst)
        .as("hint 1: 64 choices were identical for two different seeds: is the random source used?")
        .isNotEqualTo(fromSecond);
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
      AtomicReference<String> chosen = new AtomicReference<>();

      assertThatCode(() -> chosen.set(scheduler.schedule(POD, new FakeMinionLister(machines))))
          .as(
              "hint 3: with random words %s the scheduler threw; Math.abs(Integer.MIN_VALUE) is"
                  + " negative, and Math.round(u * n) can reach n",
              java.util.Arrays.toString(script))
          .doesNotThrowAnyException();
      assertThat(chosen.get()).isIn(machines);
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
      assertThat(lister.calls()).as("hint 2: list() calls after %d pods", i).isEqualTo(i);
      assertThat(machine)
          .as("hint 2: the machine must come from this call's list")
          .isIn(lister.last());
    }
  }

  @Test
  @DisplayName("never remembers an old machine list")
  void neverCachesTheList() throws SchedulingException {
    List<String> later = List.of("x1", "x2", "x3", "x4", "x5");
    CountingMinionLister lister = new CountingMinionLister(call -> call == 0 ? machines(10) : later);
    Scheduler scheduler = new RandomScheduler(new Random(6));

    scheduler.schedule(POD, lister);
    for (int i = 0; i < 50; i++) {
      assertThat(scheduler.schedule(POD, lister))
          .as("hint 2: the machines changed; choose from the list you are given now")
          .isIn(later);
    }
  }

  @Test
  @DisplayName("returns no machine when the lister fails")
  void listerFailureReturnsNoMachine() {
    Scheduler scheduler = new RandomScheduler(new Random(0));
    AtomicReference<String> returned = new AtomicReference<>();
    RecordingFailingLister lister = new RecordingFailingLister(new ListerException("down"));

    Throwable thrown = catchThrowable(() -> returned.set(scheduler.schedule(POD, lister)));

    assertThat(lister.calls()).as("hint 2: schedule must ask the lister").isEqualTo(1);
    assertThat(returned.get())
        .as("hint 4: a lister failure must not turn into a machine (not even null)")
        .isNull();
    assertThat(thrown).as("hint 4: a lister failure must be reported").isNotNull();
  }

  @Test
  @DisplayName("reports a lister failure as a SchedulingException")
  void listerFailureIsASchedulingException() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Throwable thrown =
        catchThrowable(
            () -> scheduler.schedule(POD, new FailingMinionLister(new ListerException("down"))));

    assertThat(thrown)
        .as("hint 4: throw the declared SchedulingException, so callers can handle it")
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @DisplayName("keeps the lister's exception as the cause")
  void listerFailureKeepsCause() {
    ListerException failure = new ListerException("etcd is down");
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Throwable thrown = catchThrowable(() -> scheduler.schedule(POD, new FailingMinionLister(failure)));

    assertThat(thrown)
        .as("hint 4: new SchedulingException(message, cause) keeps why listing failed")
        .hasRootCause(failure);
  }

  @Test
  @DisplayName("refuses an empty machine list with a SchedulingException")
  void emptyList() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Throwable thrown = catchThrowable(() -> scheduler.schedule(POD, new FakeMinionLister(List.of())));

    assertThat(thrown)
        .as("hint 4: no machines is a scheduling failure, not IndexOutOfBounds or / by zero")
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web-1");
  }

  @Test
  @DisplayName("refuses a null machine list with a SchedulingException")
  void nullList() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    Throwable thrown = catchThrowable(() -> scheduler.schedule(POD, new FakeMinionLister(null)));

    assertThat(thrown)
        .as("hint 4: a lister that returns null has no machines either")
        .isInstanceOf(SchedulingException.class);
  }

  @Test
  @Timeout(10)
  @DisplayName("never lets two threads into a random source that is not thread safe")
  void safeUnderConcurrentCalls() throws Exception {
    OverlapDetector random = new OverlapDetector();
    Scheduler scheduler = new RandomScheduler(random);

    List<Throwable> failures =
        Concurrently.run(
            "scheduler",
            4,
            thread -> {
              for (int i = 0; i < 200; i++) {
                scheduler.schedule(POD, new FakeMinionLister(machines(5)));
              }
            });

    assertThat(failures).isEmpty();
    assertThat(random.overlapped())
        .as("hint 5: two threads drew from the random source at once; draw inside synchronized")
        .isFalse();
  }
}
