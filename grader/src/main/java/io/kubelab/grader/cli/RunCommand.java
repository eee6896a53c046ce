package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** RunCommand runs one exercise's visible tests and says what to do next. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run an exercise's visible tests, e.g. ./kubelab run random-scheduler.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExerciseArgument exerciseArgument;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = exerciseArgument.in(kit);
    ExerciseGrade grade = ExerciseChecker.of(kit).check(exercise);
    PrintWriter out = spec.commandLine().getOut();
    for (Check check : grade.checks()) {
      out.printf(
          "%s %s%s%n",
          check.passed() ? "✓" : check.notGraded() ? "–" : "✗",
          check.name(),
          check.notGraded() ? " (could not run on this machine)" : "");
    }
    if (grade.passed()) {
      out.printf(
          "%n%s passes its visible tests. `./kubelab solution %s` shows the reference. %s%n",
          exercise.id(),
          exercise.id(),
          Exercises.hiddenChecks(kit, " --exercise " + exercise.id()));
      return 0;
    }
    Check first =
        grade.checks().stream().filter(check -> !check.passed()).findFirst().orElseThrow();
    out.printf("%nFirst failure: %s%n%s%n", first.name(), first.output().indent(2));
    out.printf("Stuck? ./kubelab hint %s%n", exercise.id());
    return 1;
  }
}
