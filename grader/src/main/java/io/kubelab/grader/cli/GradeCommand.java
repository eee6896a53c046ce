package io.kubelab.grader.cli;

import io.kubelab.grader.Grade;
import io.kubelab.grader.Grader;
import io.kubelab.grader.GradescopeReport;
import io.kubelab.grader.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Grade a submission: a student's exercises/ directory, a zip of one, or a git repository.",
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

  @Mixin GradingOptions grading;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(submission)) {
      throw new ParameterException(spec.commandLine(), "no such file or directory: " + submission);
    }
    Kit kit = Kit.locate();
    Grade grade = new Grader(kit).grade(submission, grading.toOptions(kit, spec));
    spec.commandLine().getOut().print(io.kubelab.grader.TextReport.full(grade));
    if (json != null) {
      GradescopeReport.write(grade, json);
      spec.commandLine().getOut().println("\nwrote " + json);
    }
    return 0;
  }
}
