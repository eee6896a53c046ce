package io.kubelab.grader.grade;

import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Planned;
import io.kubelab.grader.runner.TestEvent.Result;
import io.kubelab.grader.runner.TestEvent.Started;
import io.kubelab.grader.runner.TestEvent.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * CrashPolicy keeps the results of a grading's test JVMs and decides what a test that did not end
 * by itself costs: the test running when a JVM ended fails with the reason, a test stopped on the
 * wall clock counts only once run again alone, and after {@value #CRASHES_PER_EXERCISE} tests of an
 * exercise brought the JVM down its other tests are not run.
 *
 * <p>It starts no JVM: it reads the events each JVM reported, so it is tested with scripted ones.
 */
final class CrashPolicy {
  /**
   * After this many of an exercise's tests brought the test JVM down (hung, exited, ran out of
   * memory), its remaining tests are not run: a hang costs its per-test limit and a fresh JVM every
   * time, and the submission's time limit must leave room for the other exercises.
   */
  static final int CRASHES_PER_EXERCISE = 3;

  /**
   * What one JVM's events said: the test {@code running} when it ended, the last test with a
   * result, the results stopped on the wall clock that must run again alone ({@code blocked}),
   * whether every test ran ({@code done}), and how many tests got their result ({@code progress}).
   */
  record Attempt(
      Optional<String> running,
      Optional<String> lastResult,
      List<Crashed> blocked,
      boolean done,
      int progress) {}

  /** What running the first blocked test alone settled: whether it blocked again, and progress. */
  record Settled(boolean blockedAgain, int progress) {}

  private final UnaryOperator<String> exerciseOfClass;
  private final Map<String, Planned> planned = new LinkedHashMap<>();
  private final Map<String, List<Result>> results = new LinkedHashMap<>();
  private final Set<String> finished = new LinkedHashSet<>();
  private final Set<String> classesDone = new LinkedHashSet<>();
  private final Map<String, Integer> crashes = new LinkedHashMap<>();

  /** A policy whose exercises are named by {@code exerciseOfClass}, from a test class name. */
  CrashPolicy(UnaryOperator<String> exerciseOfClass) {
    this.exerciseOfClass = exerciseOfClass;
  }

  /** Records the events one test JVM reported, in order. */
  Attempt read(List<TestEvent> events) {
    String running = null;
    String lastResult = null;
    List<Crashed> blocked = new ArrayList<>();
    boolean done = false;
    int progress = 0;
    for (TestEvent event : events) {
      if (event instanceof Planned method) {
        planned.putIfAbsent(method.id(), method);
      } else if (event instanceof Started started) {
        running = started.id();
      } else if (event instanceof Result result) {
        lastResult = result.id();
        if (result.id().equals(running)) {
          running = null;
        }
        if (result instanceof Crashed crashed
            && crashed.cause() == Crashed.Cause.WALL_CLOCK
            && !finished.contains(result.id())) {
          blocked.add(crashed);
        } else if (finished.add(result.id())) {
          record(result);
          progress++;
        }
      } else if (event instanceof TestEvent.ClassDone classDone) {
        classesDone.add(classDone.testClass());
      } else if (event instanceof TestEvent.Done) {
        done = true;
      }
    }
    return new Attempt(
        Optional.ofNullable(running), Optional.ofNullable(lastResult), blocked, done, progress);
  }

  /**
   * Settles the tests {@code blocked} on the wall clock from what the first of them did when run
   * again alone ({@code alone}, its results; none if it reported nothing). Stopped again: every
   * blocked test is charged. Else only the test re-run counts, and the others run again in the next
   * JVM, since they may only have waited on a busy machine.
   */
  Settled settle(List<Crashed> blocked, List<Result> alone) {
    List<? extends Result> verdicts = alone.isEmpty() ? List.of(blocked.get(0)) : alone;
    boolean again =
        verdicts.stream()
            .anyMatch(v -> v instanceof Crashed c && c.cause() == Crashed.Cause.WALL_CLOCK);
    List<? extends Result> counted =
        again
            ? blocked.stream().map(b -> b.withMessageEnding(CrashMessages.SAME_WHEN_ALONE)).toList()
            : verdicts;
    int progress = 0;
    for (Result verdict : counted) {
      if (finished.add(verdict.id())) {
        record(verdict);
        progress++;
      }
    }
    finished.add(blocked.get(0).id());
    return new Settled(again, progress);
  }

  /**
   * Charges the JVM's end ({@code reason}) to the test running then, and, if the JVM {@code
   * crashed} (not merely blocked on a busy machine), counts it against the exercise of the test
   * that ran last; returns how many tests got a result.
   */
  int jvmEnded(Attempt attempt, boolean crashed, String reason) {
    int progress = 0;
    if (attempt.running().isPresent()) {
      String running = attempt.running().get();
      recordCrash(running, Crashed.Cause.JVM_ENDED, reason);
      finished.add(running);
      progress++;
    }
    Optional<String> culprit = attempt.running().or(attempt::lastResult);
    if (culprit.isPresent() && crashed) {
      String exercise = exerciseOf(culprit.get());
      if (crashes.merge(exercise, 1, Integer::sum) == CRASHES_PER_EXERCISE) {
        skipTheRest(exercise);
      }
    }
    return progress;
  }

  /** The classes of {@code classes} that have not ended in any JVM yet: the next JVM runs these. */
  List<String> notDone(List<String> classes) {
    return classes.stream().filter(testClass -> !classesDone.contains(testClass)).toList();
  }

  /** The tests that have their result, which the next JVM skips. */
  List<String> finished() {
    return List.copyOf(finished);
  }

  /** What the JVMs reported so far, ending with {@code stopReason} and {@code notices}. */
  TestResults results(Optional<String> stopReason, List<String> notices) {
    return new TestResults(List.copyOf(planned.values()), results, stopReason, notices);
  }

  private void record(Result result) {
    results.computeIfAbsent(result.method(), m -> new ArrayList<>()).add(result);
  }

  /**
   * Fails every test of {@code exercise} that has not run yet: its tests have brought the JVM down
   * {@value #CRASHES_PER_EXERCISE} times, and each further one would spend the time limit the other
   * exercises need.
   */
  private void skipTheRest(String exercise) {
    List<Planned> ofExercise =
        planned.values().stream()
            .filter(method -> exerciseOfClass.apply(method.testClass()).equals(exercise))
            .toList();
    String lastFailure =
        ofExercise.stream()
            .flatMap(method -> results.getOrDefault(method.id(), List.of()).stream())
            .filter(result -> result.status() != Status.PASSED)
            .map(result -> result.message().lines().findFirst().orElse(""))
            .reduce((first, second) -> second)
            .orElse("");
    for (Planned method : ofExercise) {
      if (!results.containsKey(method.id())) {
        recordCrash(
            method.id(),
            Crashed.Cause.NOT_RUN,
            CrashMessages.skipped(CRASHES_PER_EXERCISE, lastFailure));
        finished.add(method.id());
      }
    }
  }

  private void recordCrash(String testId, Crashed.Cause cause, String reason) {
    String method = methodOf(testId);
    Planned plan = planned.get(method);
    record(
        new Crashed(
            testId, method, plan == null ? testId : plan.name(), cause, reason, "", 0.0, 0.0));
  }

  /** Returns the id of the exercise whose tests include the test {@code testId}. */
  private String exerciseOf(String testId) {
    Planned plan = planned.get(methodOf(testId));
    return plan == null ? testId : exerciseOfClass.apply(plan.testClass());
  }

  /** Returns the planned method {@code testId} is, or is an invocation of. */
  private String methodOf(String testId) {
    return planned.keySet().stream().filter(testId::startsWith).reduce((a, b) -> b).orElse(testId);
  }
}
