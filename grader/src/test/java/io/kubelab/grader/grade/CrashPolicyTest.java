package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Finished;
import io.kubelab.grader.runner.TestEvent.Planned;
import io.kubelab.grader.runner.TestEvent.Result;
import io.kubelab.grader.runner.TestEvent.Started;
import io.kubelab.grader.runner.TestEvent.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The crash rule from scripted {@link TestEvent} streams: no compiler, no test JVM. */
@DisplayName("The crash policy")
class CrashPolicyTest {
  private static final String SCHEDULER = "io.kubelab.scheduler.SchedulerTest";
  private static final String SET = "io.kubelab.util.StringSetTest";

  /** Names exercises by test class, as the catalog does. */
  private final CrashPolicy policy =
      new CrashPolicy(testClass -> testClass.equals(SET) ? "string-set" : "scheduler");

  @Test
  @DisplayName("charges the test running when the JVM ended with the reason, and skips it next")
  void chargesTheRunningTest() {
    CrashPolicy.Attempt attempt =
        policy.read(
            List.of(
                planned(SCHEDULER, "first"),
                planned(SCHEDULER, "second"),
                new Started(id(SCHEDULER, "first")),
                passed(SCHEDULER, "first"),
                new Started(id(SCHEDULER, "second"))));

    int progress = policy.jvmEnded(attempt, true, "the test JVM stopped with exit status 3");

    assertThat(attempt.running())
        .as("the test running when the JVM ended")
        .contains(id(SCHEDULER, "second"));
    assertThat(attempt.progress() + progress).as("tests with a result after this JVM").isEqualTo(2);
    assertThat(only(SCHEDULER, "second"))
        .as("the running test's result")
        .satisfies(
            result -> {
              assertThat(result.status()).as("its status").isEqualTo(Status.FAILED);
              assertThat(result.message())
                  .as("its message")
                  .isEqualTo("the test JVM stopped with exit status 3");
              assertThat(result.name()).as("its name, from the plan").isEqualTo("second");
            });
    assertThat(policy.finished())
        .as("the tests the next JVM skips")
        .containsExactly(id(SCHEDULER, "first"), id(SCHEDULER, "second"));
  }

  @Test
  @DisplayName("after three crashes of an exercise, fails its other tests with the last failure")
  void skipsTheRestAfterThreeCrashes() {
    List<TestEvent> plan =
        List.of(
            planned(SCHEDULER, "t1"),
            planned(SCHEDULER, "t2"),
            planned(SCHEDULER, "t3"),
            planned(SCHEDULER, "t4"),
            planned(SET, "inserts"));
    for (int crash = 1; crash <= CrashPolicy.CRASHES_PER_EXERCISE; crash++) {
      List<TestEvent> events = new ArrayList<>(plan);
      events.add(new Started(id(SCHEDULER, "t" + crash)));
      policy.jvmEnded(policy.read(events), true, "exit number " + crash + "\nLast output: x");
    }

    TestResults results = policy.results(Optional.empty(), List.of());

    assertThat(only(SCHEDULER, "t4"))
        .as("the scheduler test that never ran")
        .satisfies(
            result -> {
              assertThat(result).as("a crash of its own kind").isInstanceOf(Crashed.class);
              assertThat(((Crashed) result).cause()).as("why").isEqualTo(Crashed.Cause.NOT_RUN);
              assertThat(result.message())
                  .as("what the student reads")
                  .isEqualTo(CrashMessages.skipped(3, "exit number 3"));
            });
    assertThat(results.of(id(SET, "inserts")))
        .as("the other exercise's test, which keeps its chance to run")
        .isEmpty();
  }

  @Test
  @DisplayName("counts a test stopped on the wall clock as it did when run alone, and no crash")
  void blockedTestPassingAloneCounts() {
    CrashPolicy.Attempt attempt =
        policy.read(
            List.of(
                planned(SCHEDULER, "waits"),
                planned(SCHEDULER, "later"),
                new Started(id(SCHEDULER, "waits")),
                stopped(SCHEDULER, "waits", Crashed.Cause.WALL_CLOCK)));

    CrashPolicy.Settled settled =
        policy.settle(attempt.blocked(), List.of(passed(SCHEDULER, "waits")));

    assertThat(attempt.blocked()).as("the tests to run again alone").hasSize(1);
    assertThat(settled.blockedAgain()).as("whether it blocked again alone").isFalse();
    assertThat(only(SCHEDULER, "waits").status())
        .as("the verdict that counts")
        .isEqualTo(Status.PASSED);
  }

  @Test
  @DisplayName("charges every blocked test when the first blocks again alone, saying so")
  void blockedTwiceIsCharged() {
    CrashPolicy.Attempt attempt =
        policy.read(
            List.of(
                planned(SCHEDULER, "waits"),
                stopped(SCHEDULER, "waits", Crashed.Cause.WALL_CLOCK)));

    CrashPolicy.Settled settled =
        policy.settle(
            attempt.blocked(), List.of(stopped(SCHEDULER, "waits", Crashed.Cause.WALL_CLOCK)));

    assertThat(settled.blockedAgain()).as("whether it blocked again alone").isTrue();
    assertThat(only(SCHEDULER, "waits").message())
        .as("the charged test's message")
        .isEqualTo("stopped" + CrashMessages.SAME_WHEN_ALONE);
  }

  @Test
  @DisplayName("ends with every result and no stop reason when the run reports done")
  void doneRunKeepsEveryResult() {
    CrashPolicy.Attempt attempt =
        policy.read(
            List.of(
                planned(SCHEDULER, "a"),
                new Started(id(SCHEDULER, "a")),
                passed(SCHEDULER, "a"),
                stopped(SCHEDULER, "b", Crashed.Cause.CPU_BUDGET),
                new TestEvent.Done()));

    assertThat(attempt.done()).as("whether every test ran").isTrue();
    assertThat(attempt.running()).as("the test running at the end").isEmpty();
    assertThat(attempt.progress()).as("results recorded, a CPU stop among them").isEqualTo(2);
  }

  @Test
  @DisplayName("leaves the classes that ended out of the next JVM, and the class that crashed in")
  void nextJvmRunsOnlyClassesNotDone() {
    CrashPolicy.Attempt attempt =
        policy.read(
            List.of(
                planned(SET, "inserts"),
                planned(SCHEDULER, "a"),
                passed(SET, "inserts"),
                new TestEvent.ClassDone(SET),
                new Started(id(SCHEDULER, "a"))));
    policy.jvmEnded(attempt, true, "the test JVM stopped with exit status 3");

    assertThat(policy.notDone(List.of(SET, SCHEDULER)))
        .as("the classes the next JVM runs, of both")
        .containsExactly(SCHEDULER);
  }

  @Test
  @DisplayName("counts a result a resumed JVM reports again only once")
  void resultsCountOnce() {
    List<TestEvent> events = List.of(planned(SCHEDULER, "a"), passed(SCHEDULER, "a"));
    policy.read(events);

    CrashPolicy.Attempt again = policy.read(events);

    assertThat(again.progress()).as("progress of the repeated result").isZero();
    assertThat(policy.results(Optional.empty(), List.of()).of(id(SCHEDULER, "a")))
        .as("results of the test")
        .hasSize(1);
  }

  private Result only(String testClass, String method) {
    List<Result> results = policy.results(Optional.empty(), List.of()).of(id(testClass, method));
    assertThat(results).as("results of " + method).hasSize(1);
    return results.get(0);
  }

  private static String id(String testClass, String method) {
    return "[engine:junit-jupiter]/[class:" + testClass + "]/[method:" + method + "()]";
  }

  private static Planned planned(String testClass, String method) {
    return new Planned(id(testClass, method), testClass, method);
  }

  private static Finished passed(String testClass, String method) {
    String id = id(testClass, method);
    return new Finished(id, id, method, Status.PASSED, "", "", 0.1, 0.1);
  }

  private static Crashed stopped(String testClass, String method, Crashed.Cause cause) {
    String id = id(testClass, method);
    return new Crashed(id, id, method, cause, "stopped", "", 1, 1);
  }
}
