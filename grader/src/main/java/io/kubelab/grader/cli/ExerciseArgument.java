package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * ExerciseArgument is the {@code <exercise>} argument of the commands about one exercise ({@code
 * run}, {@code hint}, {@code solution}, {@code reset}, {@code restore}), declared once as a picocli
 * mixin so that all of them take, describe and check it alike.
 */
final class ExerciseArgument {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Parameters(paramLabel = "<exercise>", description = "exercise id, e.g. random-scheduler")
  String id;

  /** Returns the exercise named in {@code kit}; a usage error listing the exercises if none. */
  Exercise in(Kit kit) {
    return Exercises.find(kit, id, command);
  }
}
