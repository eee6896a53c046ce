package io.kubelab.grader.cli;

import io.kubelab.grader.Grader;
import io.kubelab.grader.Kit;
import io.kubelab.grader.batch.BatchGrader;
import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.batch.Shard;
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
 * 0 when every submission was graded (whatever the scores), 3 when the grader itself failed on
 * some; run it again to retry just those.
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
      "0:every submission was graded",
      "1:the command could not run (bad folder, another grade-all on <out>)",
      "3:the grader failed on some submissions; see summary.md, then run again"
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
    Grader.Options options = grading.toOptions(kit, spec);
    int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    Shard slice;
    try {
      slice = shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
    }
    ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), System.console() != null);
    BatchReport report =
        new BatchGrader(kit, out, new BatchGrader.Options(workers, options, force, slice), progress)
            .run(folder);
    progress.close();
    spec.commandLine().getOut().print(report.summary());
    spec.commandLine()
        .getOut()
        .printf("%nwrote %s and %s%n", out.resolve("gradebook.csv"), out.resolve("summary.md"));
    return report.graderFailures().isEmpty() ? 0 : 3;
  }
}
