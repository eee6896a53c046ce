package io.kubelab.grader.cli;

import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.report.GradescopeReport;
import io.kubelab.grader.report.TextReport;
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
 * Gradescope's results.json. A grade that is not complete says so on its first line and in its exit
 * status, so it is never taken for a whole grade.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a submission: a student's exercises/ directory, a zip of one, or a git repository.",
      "Only the catalog's student-editable files are taken from it; tests come from this kit."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:graded completely, whatever the score",
      "1:the command could not run",
      "2:usage error",
      "3:incomplete: this machine could not run some checks (e.g. no real etcd); they are listed"
          + " as not graded (0 with --allow-ungraded)",
      "4:unreadable: the submission could not be read, nothing was graded"
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
    GradeOptions options = grading.toOptions(kit, spec);
    Grade grade = new Grader(kit).grade(submission, options);
    boolean visibleOnly = !options.hiddenTests() || !kit.hasHiddenTests();
    spec.commandLine().getOut().print(TextReport.full(grade, visibleOnly));
    if (json != null) {
      GradescopeReport.write(grade, json);
      spec.commandLine().getOut().println("\nwrote " + json);
    }
    return switch (grade.status()) {
      case GRADED -> 0;
      case INCOMPLETE -> grading.allowUngraded ? 0 : 3;
      case UNREADABLE -> 4;
    };
  }
}
