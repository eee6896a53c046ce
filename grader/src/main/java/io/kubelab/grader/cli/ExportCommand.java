package io.kubelab.grader.cli;

import io.kubelab.grader.Kit;
import io.kubelab.grader.StudentKit;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ExportCommand writes the kit to hand out to students: everything but the answers. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the student kit, without solutions/, hidden tests or the grader's tests.",
      "It holds the lessons, the exercises, the launcher and the grader's sources."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--student",
      required = true,
      paramLabel = "<folder>",
      description = "where to write the student kit (must not exist)")
  Path target;

  @Override
  public Integer call() throws Exception {
    StudentKit.export(Kit.locate(), target);
    spec.commandLine().getOut().printf("wrote the student kit to %s%n", target);
    return 0;
  }
}
