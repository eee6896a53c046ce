package io.kubelab.grader.cli;

import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Kit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * GradingOptions are the options {@code grade} and {@code grade-all} share: which exercises, which
 * tests, and the limits each test JVM runs within.
 */
final class GradingOptions {
  @Option(
      names = "--exercise",
      paramLabel = "<id>",
      description = "grade only this exercise (repeatable)")
  List<String> exercises = new ArrayList<>();

  @Option(names = "--visible-only", description = "skip the hidden tests")
  boolean visibleOnly;

  @Option(
      names = "--test-timeout",
      paramLabel = "<seconds>",
      description =
          "CPU time every test may spend before it is stopped as a loop that never ends (default:"
              + " each exercise's own budget, sized from its reference solution, or "
              + Limits.CPU_SECONDS
              + " s); code that blocks is stopped after "
              + Limits.WALL_SECONDS
              + " s of wall time")
  Long testTimeoutSeconds;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "180",
      description =
          "CPU time all tests of a submission may spend (default: ${DEFAULT-VALUE}); they are"
              + " stopped after ten times as long on the wall clock")
  long timeoutSeconds;

  @Option(
      names = "--heap",
      paramLabel = "<MB>",
      defaultValue = "256",
      description = "heap limit of the test JVM (default: ${DEFAULT-VALUE})")
  int heapMegabytes;

  @Option(
      names = "--output-cap",
      paramLabel = "<MB>",
      defaultValue = "8",
      description = "what a test JVM may print before it is stopped (default: ${DEFAULT-VALUE})")
  int outputMegabytes;

  @Option(
      names = "--allow-ungraded",
      description =
          "accept grades left incomplete by this machine (e.g. no real etcd): exit 0, and say which"
              + " exercises were left ungraded")
  boolean allowUngraded;

  /** Returns the grader's options, refusing an exercise the catalog does not have. */
  GradeOptions toOptions(Kit kit, CommandSpec spec) {
    for (String id : exercises) {
      if (kit.catalog().exercise(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "unknown exercise: " + id);
      }
    }
    Limits limits =
        new Limits(
            Duration.ofSeconds(
                testTimeoutSeconds == null ? Limits.CPU_SECONDS : testTimeoutSeconds),
            Duration.ofSeconds(timeoutSeconds),
            heapMegabytes,
            (long) outputMegabytes << 20);
    // Only a budget the instructor names holds for every test; else each exercise has its own.
    return new GradeOptions(
        !visibleOnly,
        exercises,
        testTimeoutSeconds == null ? limits.withExerciseBudgets() : limits);
  }
}
