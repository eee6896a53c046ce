package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Kit;
import java.io.PrintWriter;
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
    PrintWriter out = spec.commandLine().getOut();
    // A pass recorded for these very files needs no re-check.
    boolean passes = Progress.load(kit).passes(kit, exercise);
    ExerciseGrade grade = null;
    if (!passes) {
      grade = Exercises.check(kit, exercise);
      passes = grade.passed();
    }
    if (!passes) {
      out.printf(
          "%s does not pass its visible tests yet (%d of %d). The solution opens when it does;"
              + " until then: ./kubelab hint %s%n",
          exercise.id(), grade.passedCount(), grade.checks().size(), exercise.id());
      return 0;
    }
    Exercises.printSolution(kit, exercise, out);
    return 0;
  }
}
