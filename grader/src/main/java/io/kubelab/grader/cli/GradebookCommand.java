package io.kubelab.grader.cli;

import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.batch.GradebookMerge;
import io.kubelab.grader.kit.Kit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * GradebookCommand works on what {@code grade-all} wrote; {@code gradebook merge} joins the output
 * folders of a class graded in shards into the one an unsharded run would have written.
 */
@Command(
    name = "gradebook",
    mixinStandardHelpOptions = true,
    description = "Work with grade-all's output folders.")
final class GradebookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "say what to do: kubelab gradebook merge <shard-out>... --out <folder>");
  }

  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = {
        "Merge the --out folders of `grade-all --shard K/N` runs, one per shard, into one:",
        "the per-student folders as they are, then gradebook.csv, summary.md and grade-all.json"
            + " in class order, as one unsharded run writes them."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:merged, and every submission was graded",
        "1:could not merge (a shard missing or twice, <out> not empty)",
        "3:merged, but the grader failed on some submissions; see summary.md"
      })
  int merge(
      @Parameters(paramLabel = "<shard-out>", arity = "1..*", description = "one folder per shard")
          List<Path> shards,
      @Option(
              names = "--out",
              required = true,
              paramLabel = "<folder>",
              description = "where the merged output goes; new or empty")
          Path out)
      throws Exception {
    BatchReport report = GradebookMerge.merge(Kit.locate().catalog(), shards, out);
    spec.commandLine().getOut().print(report.summary());
    spec.commandLine()
        .getOut()
        .printf("%nwrote %s and %s%n", out.resolve("gradebook.csv"), out.resolve("summary.md"));
    return report.graderFailures().isEmpty() ? 0 : 3;
  }
}
