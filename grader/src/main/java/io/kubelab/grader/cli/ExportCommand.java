package io.kubelab.grader.cli;

import io.kubelab.grader.export.GradeAllJobs;
import io.kubelab.grader.export.GradescopeBundle;
import io.kubelab.grader.export.StudentKit;
import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.kit.Kit;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          + " setup.sh and run_autograder.",
      "Or write grade-all in shards for a Kubernetes Indexed Job or a GitHub Actions matrix."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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

  @Option(
      names = "--k8s-job",
      paramLabel = "<file>",
      description =
          "write a Kubernetes Indexed Job that runs grade-all in --shards shards, one completion"
              + " each (needs --image and --class-volume)")
  Path k8sJob;

  @Option(
      names = "--github-matrix",
      paramLabel = "<file>",
      description =
          "write a GitHub Actions workflow that runs grade-all in --shards shards, then merges"
              + " them")
  Path githubMatrix;

  @Option(
      names = "--shards",
      paramLabel = "<n>",
      defaultValue = "4",
      description = "how many shards the Job or the workflow grades in (default: ${DEFAULT-VALUE})")
  int shards;

  @Option(
      names = "--image",
      paramLabel = "<image>",
      description = "the Job's container image: the kit at /kubelab, its launcher built")
  String image;

  @Option(
      names = "--class-volume",
      paramLabel = "<claim>",
      description =
          "the PersistentVolumeClaim the Job mounts at /class: the class in submissions/, the"
              + " shards' reports go to out/")
  String classVolume;

  @Override
  public Integer call() throws Exception {
    if (target == null && gradescope == null && k8sJob == null && githubMatrix == null) {
      throw new ParameterException(
          spec.commandLine(),
          "say what to export: --student <folder>, --gradescope <zip>, --k8s-job <file> or"
              + " --github-matrix <file>");
    }
    if (shards < 1) {
      throw new ParameterException(spec.commandLine(), "--shards must be at least 1");
    }
    if (k8sJob != null && (image == null || classVolume == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--k8s-job needs --image <image> (the kit at /kubelab) and --class-volume <claim>");
    }
    if (k8sJob != null) {
      AtomicFiles.write(k8sJob, GradeAllJobs.kubernetesJob(image, classVolume, shards));
      spec.commandLine().getOut().printf("wrote the Kubernetes Job to %s%n", k8sJob);
    }
    if (githubMatrix != null) {
      AtomicFiles.write(githubMatrix, GradeAllJobs.githubMatrix(shards));
      spec.commandLine().getOut().printf("wrote the GitHub Actions workflow to %s%n", githubMatrix);
    }
    if (target == null && gradescope == null) {
      return 0;
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
