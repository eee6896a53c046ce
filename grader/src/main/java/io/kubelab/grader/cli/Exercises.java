package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Grader;
import io.kubelab.grader.Kit;
import io.kubelab.grader.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Exercises holds what the student's commands do with one exercise: look it up by id (with a usage
 * error that lists the ids), check it, reveal its next hint and show its reference solution.
 */
final class Exercises {
  private Exercises() {}

  /**
   * Reveals one more hint of {@code exercise} (all shown so far are printed again), records it in
   * the progress file and returns the updated progress.
   */
  static Progress showNextHint(Kit kit, Exercise exercise, Progress progress, PrintWriter out)
      throws IOException {
    int shown = Math.min(progress.hintsShown(exercise.id()) + 1, exercise.hints().size());
    for (int i = 0; i < shown; i++) {
      out.printf("Hint %d of %d: %s%n%n", i + 1, exercise.hints().size(), exercise.hints().get(i));
    }
    if (shown == exercise.hints().size()) {
      out.printf(
          "That was the last hint. The lesson explains the why: %s%n",
          kit.catalog().lesson(exercise.lesson()).orElseThrow().file());
    }
    Progress updated = progress.withHintsShown(exercise.id(), shown);
    updated.save(kit);
    return updated;
  }

  /** Prints the reference solution of {@code exercise}, or says this kit has none. */
  static void printSolution(Kit kit, Exercise exercise, PrintWriter out) throws IOException {
    for (String file : exercise.files()) {
      Path solution = kit.solutions().resolve(file);
      if (!Files.isRegularFile(solution)) {
        out.println("This kit has no reference solutions; ask your instructor.");
        return;
      }
      out.printf("=== solutions/%s%n%s%n", file, Files.readString(solution));
    }
  }

  /**
   * Runs {@code exercise}'s visible tests on the student's files and records in the progress file
   * whether it passes.
   */
  static ExerciseGrade check(Kit kit, Exercise exercise) throws IOException, InterruptedException {
    ExerciseGrade grade =
        new Grader(kit)
            .grade(
                kit.exercises(),
                new Grader.Options(false, List.of(exercise.id()), Limits.defaults()))
            .exercises()
            .get(0);
    Progress.load(kit).withVerdict(kit, exercise, grade).save(kit);
    return grade;
  }

  /** Returns whether every file of {@code exercise} is still the stub the kit shipped. */
  static boolean isStub(Kit kit, Exercise exercise) throws IOException {
    for (String file : exercise.files()) {
      Path path = kit.exercises().resolve(file);
      if (!Files.isRegularFile(path) || !kit.isStub(file, Files.readAllBytes(path))) {
        return false;
      }
    }
    return true;
  }

  static Exercise find(Kit kit, String id, CommandSpec spec) {
    return kit.catalog()
        .exercise(id)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown exercise "
                        + id
                        + "; the exercises are: "
                        + String.join(
                            ", ", kit.catalog().exercises().stream().map(Exercise::id).toList())));
  }
}
