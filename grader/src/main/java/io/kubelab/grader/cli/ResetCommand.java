package io.kubelab.grader.cli;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * ResetCommand puts an exercise's files back as the kit shipped them, from the kit's stubs (not
 * from git, where the student may have committed their work), after asking; it keeps what it
 * replaces (see {@link Backups}), and {@code --undo}, like {@code restore}, brings the newest copy
 * back.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Restore an exercise's files to the stub the kit shipped (asks first). Your version is kept"
          + " under exercises/.kubelab/backups/.",
      "With --undo, or ./kubelab restore <exercise>: bring back the version the last reset"
          + " replaced."
    })
final class ResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExerciseArgument exerciseArgument;

  @Option(names = "--yes", description = "do not ask for confirmation")
  boolean yes;

  @Option(
      names = "--undo",
      description = "bring back what the last reset of the exercise replaced (as restore does)")
  boolean undo;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = exerciseArgument.in(kit);
    PrintWriter out = spec.commandLine().getOut();
    Backups backups = new Backups(kit);
    if (undo) {
      return RestoreCommand.restore(exercise, backups, out);
    }
    if (!yes) {
      out.printf(
          "This replaces your work in %s with the stub (a copy is kept). Type yes to go on: ",
          String.join(", ", exercise.files()));
      out.flush();
      String answer =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (!"yes".equals(answer == null ? "" : answer.strip())) {
        out.println("Nothing changed.");
        return 0;
      }
    }
    Optional<Path> kept = backups.keep(exercise);
    for (String file : exercise.files()) {
      Files.copy(
          kit.stub(file), kit.exercises().resolve(file), StandardCopyOption.REPLACE_EXISTING);
      out.println("restored the stub of exercises/" + file);
    }
    if (kept.isPresent()) {
      out.printf(
          "Your version is kept in %s; `./kubelab restore %s` (or `reset --undo`) brings it back.%n",
          backups.shown(kept.get()), exercise.id());
    } else {
      out.println("It was the stub already: there was nothing to keep.");
    }
    return 0;
  }
}
