package io.kubelab.grader.grade;

import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.jvm.WarmJvm;
import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Result;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * ResumingRun runs a grading's test classes in test JVMs, starting a fresh JVM after each test that
 * brought one down, for as long as tests progress and the limits allow; {@link CrashPolicy} decides
 * what each crash costs.
 *
 * <p>A test stopped by the wall-clock backstop, not by its CPU budget, runs once more alone in a
 * fresh JVM, and only that second verdict counts: a test that waited on a busy machine, not on a
 * deadlock, then passes.
 */
final class ResumingRun {
  private final Limits limits;
  private final Map<String, Duration> cpuBudgets;
  private final UnaryOperator<String> exerciseOfClass;

  /**
   * A run within {@code limits} whose exercises are named by {@code exerciseOfClass}, and whose
   * tests of a class {@code cpuBudgets} names have that CPU budget.
   */
  ResumingRun(
      Limits limits, Map<String, Duration> cpuBudgets, UnaryOperator<String> exerciseOfClass) {
    this.limits = limits;
    this.cpuBudgets = Map.copyOf(cpuBudgets);
    this.exerciseOfClass = exerciseOfClass;
  }

  /**
   * Runs {@code classes} in {@code workspace}: first in {@code warm} if given (it is used up either
   * way), then in JVMs started as needed.
   */
  TestResults run(Workspace workspace, Optional<WarmJvm> warm, List<String> classes)
      throws IOException, InterruptedException {
    if (classes.isEmpty()) {
      warm.ifPresent(WarmJvm::discard);
      return TestResults.none(CrashMessages.NO_TESTS);
    }
    TestJvm jvm = new TestJvm(TestJvm.runnerClasspath(), limits, cpuBudgets);
    CrashPolicy policy = new CrashPolicy(exerciseOfClass);
    List<String> notices = new ArrayList<>();
    Instant deadline = Instant.now().plus(limits.totalWall());
    Duration cpuSpent = Duration.ZERO;
    int runs = 0;
    for (int attempt = 0; attempt <= limits.resumes(); attempt++) {
      WarmJvm child = attempt == 0 && warm.isPresent() ? warm.get() : jvm.start(workspace.dir());
      TestJvm.Exit exit =
          jvm.run(
              child,
              policy.notDone(classes),
              List.of(),
              policy.finished(),
              limits.total().minus(cpuSpent),
              Duration.between(Instant.now(), deadline),
              runs++);
      cpuSpent = cpuSpent.plus(exit.cpu());
      CrashMessages.forged(exit.forgedLines()).ifPresent(notices::add);
      CrashPolicy.Attempt read = policy.read(exit.events());
      int progress = read.progress();
      boolean crashed = true;
      if (!read.blocked().isEmpty()) {
        List<Result> alone =
            runAlone(
                jvm,
                workspace,
                classes,
                read.blocked().get(0),
                limits.total().minus(cpuSpent),
                Duration.between(Instant.now(), deadline),
                runs++);
        CrashPolicy.Settled settled = policy.settle(read.blocked(), alone);
        progress += settled.progress();
        // Passing alone shows the test waited on the machine, not on a deadlock of its own.
        crashed = settled.blockedAgain();
      }
      if (read.done()) {
        return policy.results(Optional.empty(), notices);
      }
      String reason = CrashMessages.reason(exit, limits);
      progress += policy.jvmEnded(read, crashed, reason);
      // The JVM ended early: after a test that exited, exhausted the heap or was stopped for time
      // (the runner ends itself then, to stop a spinning thread). Resume in a fresh JVM, without
      // the classes that ended, while tests progress.
      if (exit.timedOut() || progress == 0) {
        return policy.results(Optional.of(reason), notices);
      }
    }
    return policy.results(Optional.of(CrashMessages.tooManyCrashes(limits.resumes())), notices);
  }

  /**
   * Runs the test of {@code blocked}, which the wall-clock backstop stopped, once more alone in a
   * fresh JVM, and returns the results of that run for its method (one, or one per invocation).
   */
  private static List<Result> runAlone(
      TestJvm jvm,
      Workspace workspace,
      List<String> classes,
      Crashed blocked,
      Duration cpuLeft,
      Duration wallLeft,
      int run)
      throws IOException, InterruptedException {
    TestJvm.Exit alone =
        jvm.run(
            jvm.start(workspace.dir()),
            classes,
            List.of(blocked.id()),
            List.of(),
            cpuLeft,
            wallLeft,
            run);
    List<Result> verdicts = new ArrayList<>();
    for (TestEvent event : alone.events()) {
      if (event instanceof Result result && result.method().equals(blocked.method())) {
        verdicts.add(result);
      }
    }
    return verdicts;
  }
}
