package io.kubelab.grader.cli;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.Kit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Exercises looks an exercise up by id for a command, with a usage error that lists the ids. */
final class Exercises {
  private Exercises() {}

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
