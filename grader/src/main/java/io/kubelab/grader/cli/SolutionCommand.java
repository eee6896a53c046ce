package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Kit;
import io.kubelab.grader.cli.Progress.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
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
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "<exercise>", description = "exercise id, e.g. random-scheduler")
  String exerciseId;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = Exercises.find(kit, exerciseId, spec);
    return show(kit, exercise, spec.commandLine().getOut());
  }

  /** Shows the solution of {@code exercise} if it passes, else how far it got. */
  static int show(Kit kit, Exercise exercise, PrintWriter out)
      throws IOException, InterruptedException {
    // A verdict recorded for these very files needs no re-check.
    Optional<Verdict> verdict = Progress.load(kit).verdict(kit, exercise);
    if (verdict.isEmpty()) {
      ExerciseGrade grade = Exercises.isStub(kit, exercise) ? null : Exercises.check(kit, exercise);
      verdict =
          Optional.of(
              grade == null
                  ? new Verdict("", Verdict.NOT_STARTED, 0, 0)
                  : Progress.load(kit).verdict(kit, exercise).orElseThrow());
    }
    if (!verdict.get().state().equals(Verdict.PASSING)) {
      out.printf(
          "%s does not pass its visible tests yet (%s). The solution opens when it does;"
              + " until then: ./kubelab hint %s%n",
          exercise.id(), verdict.get().counts(), exercise.id());
      return 0;
    }
    Exercises.printSolution(kit, exercise, out);
    return 0;
  }
}
