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
    Progress progress = Progress.load(kit);
    int shown = Math.min(progress.hintsShown(exercise.id()) + 1, exercise.hints().size());
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < shown; i++) {
      out.printf("Hint %d of %d: %s%n%n", i + 1, exercise.hints().size(), exercise.hints().get(i));
    }
    if (shown < exercise.hints().size()) {
      out.printf("Run `./kubelab hint %s` again for the next hint.%n", exercise.id());
    } else {
      out.printf(
          "That was the last hint. The lesson explains the why: %s%n",
          kit.catalog().lesson(exercise.lesson()).orElseThrow().file());
    }
    progress.withHintsShown(exercise.id(), shown).save(kit);
    return 0;
  }
}
