package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Progress.Verdict;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * SolutionCommand shows an exercise's reference solution, but only once the student's own code
 * passes its visible tests: the solutions stay hidden until earned, as in rustlings.
 */
@Command(
    name = "solution",
    mixinStandardHelpOptions = true,
    description = "Show the reference solution of an exercise you have passed.")
final class SolutionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExerciseArgument exerciseArgument;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = exerciseArgument.in(kit);
    return show(kit, exercise, spec.commandLine().getOut());
  }

  /** Shows the solution of {@code exercise} if it passes, else how far it got. */
  static int show(Kit kit, Exercise exercise, PrintWriter out)
      throws IOException, InterruptedException {
    // A verdict recorded for these very files needs no re-check.
    Verdict verdict = ExerciseChecker.of(kit).verdict(exercise);
    if (!verdict.state().equals(Verdict.PASSING)) {
      out.printf(
          "%s does not pass its visible tests yet (%s). The solution opens when it does;"
              + " until then: ./kubelab hint %s%n",
          exercise.id(), verdict.counts(), exercise.id());
      return 0;
    }
    Exercises.printSolution(kit, exercise, out);
    return 0;
  }
}
