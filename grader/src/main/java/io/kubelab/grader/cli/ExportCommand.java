package io.kubelab.grader.cli;

import io.kubelab.grader.GradescopeBundle;
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
      "It holds the lessons, the exercises, the launcher, the grader's sources and a GitHub"
          + " Classroom workflow.",
      "Or write a Gradescope autograder bundle: the kit with its hidden tests, the built grader,"
          + " setup.sh and run_autograder."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--student",
      paramLabel = "<folder>",
      description =
          "write the student kit (with its GitHub Classroom workflow) here; must not exist")
  Path target;

  @Option(
      names = "--gradescope",
      paramLabel = "<zip>",
      description = "write Gradescope's autograder bundle (setup.sh, run_autograder, the kit)")
  Path gradescope;

  @Override
  public Integer call() throws Exception {
    if (target == null && gradescope == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "say what to export: --student <folder> and/or --gradescope <zip>");
    }
    Kit kit = Kit.locate();
    if (target != null) {
      StudentKit.export(kit, target);
      spec.commandLine().getOut().printf("wrote the student kit to %s%n", target);
    }
    if (gradescope != null) {
      GradescopeBundle.write(kit, gradescope);
      spec.commandLine().getOut().printf("wrote the Gradescope autograder to %s%n", gradescope);
    }
    return 0;
  }
}
