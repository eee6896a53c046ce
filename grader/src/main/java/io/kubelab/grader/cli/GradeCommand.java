package io.kubelab.grader.cli;

import io.kubelab.grader.Grade;
import io.kubelab.grader.Grader;
import io.kubelab.grader.GradescopeReport;
import io.kubelab.grader.Kit;
import io.kubelab.grader.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * GradeCommand grades one submission and prints what failed and why; {@code --json} also writes
 * Gradescope's results.json. It exits 0 whenever grading completed, whatever the score.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a submission: a student's exercises/ directory, or a zip of one.",
      "Only the catalog's student-editable files are taken from it; tests come from this kit."
    })
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<submission>", description = "exercises/ directory or .zip")
  Path submission;

  @Option(
      names = "--json",
      paramLabel = "<file>",
      description = "write Gradescope results.json here")
  Path json;

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
      defaultValue = "10",
      description = "time limit per test (default: ${DEFAULT-VALUE})")
  long testTimeoutSeconds;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "180",
      description = "time limit for all tests of the submission (default: ${DEFAULT-VALUE})")
  long timeoutSeconds;

  @Option(
      names = "--heap",
      paramLabel = "<MB>",
      defaultValue = "256",
      description = "heap limit of the test JVM (default: ${DEFAULT-VALUE})")
  int heapMegabytes;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(submission)) {
      throw new ParameterException(spec.commandLine(), "no such file or directory: " + submission);
    }
    Kit kit = Kit.locate();
    for (String id : exercises) {
      if (kit.catalog().exercise(id).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "unknown exercise: " + id);
      }
    }
    Limits limits =
        new Limits(
            Duration.ofSeconds(testTimeoutSeconds),
            Duration.ofSeconds(timeoutSeconds),
            heapMegabytes);
    Grade grade =
        new Grader(kit).grade(submission, new Grader.Options(!visibleOnly, exercises, limits));
    spec.commandLine().getOut().print(io.kubelab.grader.TextReport.full(grade));
    if (json != null) {
      GradescopeReport.write(grade, json);
      spec.commandLine().getOut().println("\nwrote " + json);
    }
    return 0;
  }
}
