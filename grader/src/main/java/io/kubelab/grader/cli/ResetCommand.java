package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.Kit;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ResetCommand puts an exercise's files back as the kit shipped them, from the kit's stubs (not
 * from git, where the student may have committed their work), after asking.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = "Restore an exercise's files to the stub the kit shipped (asks first).")
final class ResetCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "<exercise>", description = "exercise id, e.g. random-scheduler")
  String exerciseId;

  @Option(names = "--yes", description = "do not ask for confirmation")
  boolean yes;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = Exercises.find(kit, exerciseId, spec);
    PrintWriter out = spec.commandLine().getOut();
    if (!yes) {
      out.printf(
          "This replaces your work in %s with the stub. Type yes to go on: ",
          String.join(", ", exercise.files()));
      out.flush();
      String answer =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (!"yes".equals(answer == null ? "" : answer.strip())) {
        out.println("Nothing changed.");
        return 0;
      }
    }
    for (String file : exercise.files()) {
      Files.copy(
          kit.stub(file),
          kit.exercises().resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      out.println("restored exercises/" + file);
    }
    return 0;
  }
}
