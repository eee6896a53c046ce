package io.kubelab.grader.cli;

import io.kubelab.grader.batch.BatchGrader;
import io.kubelab.grader.batch.BatchOptions;
import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.batch.Shard;
import io.kubelab.grader.batch.SubmissionEntry;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.kit.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * GradeAllCommand grades a class: every entry of a folder is one student's submission. Exit status
 * 0 when every submission was graded completely (whatever the scores); 3 when the grader itself
 * failed on some or left grades incomplete because this machine could not run some checks (run it
 * again once fixed to grade just those); 4 when some submissions could not be read.
 */
@Command(
    name = "grade-all",
    mixinStandardHelpOptions = true,
    description = {
      "Grade every submission in a folder: each entry is one student's directory, zip or git"
          + " repository (graded at HEAD).",
      "Writes <out>/<student>/{results.json, junit/TEST-*.xml, feedback.md, grade.json} and"
          + " <out>/{gradebook.csv, summary.md, grade-all.json}.",
      "Run it again to grade only what changed: submissions whose files, kit and options are as"
          + " when they were graded are skipped.",
      "With --shard K/N it grades one slice of the class, for a Kubernetes Indexed Job or a CI"
          + " matrix; `kubelab gradebook merge` joins the slices."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every submission was graded completely (with --allow-ungraded: or left incomplete)",
      "1:the command could not run (another grade-all on <out>, a disk error)",
      "2:usage error, such as a folder with no submission in it",
      "3:the grader failed on some submissions, or this machine could not run some checks (e.g."
          + " no real etcd) so grades are incomplete; see summary.md, then run again",
      "4:some submissions could not be read (listed in summary.md); everything else was graded"
    })
final class GradeAllCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<folder>", description = "one entry per student")
  Path folder;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<folder>",
      description = "where reports go")
  Path out;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "<n>",
      description = "submissions graded at once (default: the number of cores)")
  Integer jobs;

  @Option(names = "--force", description = "grade every submission again, even unchanged ones")
  boolean force;

  @Option(
      names = "--shard",
      paramLabel = "<K/N>",
      description =
          "grade only shard K of N (1 <= K <= N): every Nth submission of the sorted folder,"
              + " starting with the Kth; join the shards' --out folders with `kubelab gradebook"
              + " merge`")
  String shard;

  @Mixin GradingOptions grading;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "not a folder: " + folder);
    }
    Kit kit = Kit.locate();
    GradeOptions options = grading.toOptions(kit, spec);
    int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    SubmissionEntry.Listing listing = SubmissionEntry.list(folder, out);
    if (listing.submissions().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "no submissions in "
              + folder
              + ": each entry must be a student's folder, git repository or .zip"
              + (listing.ignored().isEmpty() ? "" : "; " + String.join("; ", listing.ignored())));
    }
    Shard slice;
    try {
      slice = shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
    }
    ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), System.console() != null);
    BatchReport report =
        new BatchGrader(
                kit,
                out,
                new BatchOptions(workers, options, force, grading.allowUngraded, slice),
                progress)
            .run(folder);
    progress.close();
    spec.commandLine().getOut().print(report.summary());
    spec.commandLine()
        .getOut()
        .printf("%nwrote %s and %s%n", out.resolve("gradebook.csv"), out.resolve("summary.md"));
    if (grading.allowUngraded && !report.incomplete().isEmpty()) {
      spec.commandLine()
          .getOut()
          .printf(
              "--allow-ungraded: %d incomplete grade(s) accepted; left ungraded: %s%n",
              report.incomplete().size(), String.join(", ", report.ungradedExercises()));
    }
    return report.exitStatus(grading.allowUngraded);
  }
}
