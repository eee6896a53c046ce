package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Grader;
import io.kubelab.grader.Kit;
import io.kubelab.grader.Limits;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Exercises looks an exercise up by id for a command, with a usage error that lists the ids, and
 * checks one in the student's kit.
 */
final class Exercises {
  private Exercises() {}

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
    Progress.load(kit).withPassed(kit, exercise, grade.passed()).save(kit);
    return grade;
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
