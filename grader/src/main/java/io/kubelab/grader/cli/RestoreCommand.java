package io.kubelab.grader.cli;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * RestoreCommand brings back the version of an exercise that the last {@code reset} replaced, so a
 * mistaken reset costs nothing; {@code reset --undo} does the same.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Bring back your version of an exercise that the last reset replaced (same as reset --undo).",
      "What it replaces is kept too, so restoring loses nothing either."
    })
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExerciseArgument exerciseArgument;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = exerciseArgument.in(kit);
    return restore(exercise, new Backups(kit), spec.commandLine().getOut());
  }

  /** Brings back the newest backup of {@code exercise}; returns the exit status. */
  static int restore(Exercise exercise, Backups backups, PrintWriter out) throws IOException {
    Optional<Path> latest = backups.latest(exercise);
    if (latest.isEmpty()) {
      out.printf(
          "There is no backup of %s in %s: nothing to restore.%n",
          exercise.id(), backups.shown(backups.folder()));
      return 1;
    }
    // What the restore replaces is kept too, so restoring is never a loss either.
    Optional<Path> kept = backups.keep(exercise);
    for (String file : backups.restore(exercise, latest.get())) {
      out.printf("brought back exercises/%s from %s%n", file, backups.shown(latest.get()));
    }
    kept.ifPresent(path -> out.printf("What it replaced is kept in %s.%n", backups.shown(path)));
    return 0;
  }
}
