package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.Kit;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** HintCommand reveals an exercise's hints one at a time: each call shows one more. */
@Command(
    name = "hint",
    mixinStandardHelpOptions = true,
    description = "Show the next hint for an exercise (each call reveals one more).")
final class HintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<exercise>", description = "exercise id, e.g. random-scheduler")
  String exerciseId;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = Exercises.find(kit, exerciseId, spec);
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = Exercises.showNextHint(kit, exercise, Progress.load(kit), out);
    if (progress.hintsShown(exercise.id()) < exercise.hints().size()) {
      out.printf("Run `./kubelab hint %s` again for the next hint.%n", exercise.id());
    }
    return 0;
  }
}
