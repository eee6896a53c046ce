package io.kubelab.grader.cli;

import io.kubelab.grader.bench.BudgetBenchmark;
import io.kubelab.grader.bench.CliBenchmark;
import io.kubelab.grader.bench.GradeAllBenchmark;
import io.kubelab.grader.bench.WatchBenchmark;
import io.kubelab.grader.compile.CompiledKit;
import io.kubelab.grader.kit.Kit;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * BenchCommand runs a benchmark on the reference solutions: it measures the technique the lesson
 * teaches, so it must not depend on how far a student got.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run a benchmark on the reference solutions and print its numbers.",
      "  cas [updates per writer: embedded] [real]   PR #265: compare-and-swap throughput and"
          + " retries for 1-8 writers, shared key vs key per pod",
      "  grade-all [submissions: 100] [mvn sample: 5] [workers: cores] [visible]   the grader:"
          + " seconds per submission for grade-all and for mvn -q -o test",
      "  watch [edits: 20] [busy]   watch in a fresh student kit: seconds from a save to its"
          + " verdict and where they went, against mvn -q -o test of the same exercise; busy runs"
          + " two busy processes per core meanwhile",
      "  cli [runs: 10]   the text look-ups (./kubelab, hint, lesson, solution) through the"
          + " launcher in a fresh student kit: seconds from start to exit",
      "  budgets [gradings: 3]   the reference solutions graded in full: each exercise's"
          + " costliest test in CPU-seconds against the CPU budget its catalog entry gives"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<benchmark>",
      description = "the benchmark: cas, grade-all, watch, cli or budgets")
  String benchmark;

  @Parameters(index = "1..*", paramLabel = "<arg>", description = "the benchmark's arguments")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!List.of("cas", "grade-all", "watch", "cli", "budgets").contains(benchmark)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown benchmark " + benchmark + "; try: cas, grade-all, watch, cli, budgets");
    }
    Kit kit = Kit.locate();
    if (benchmark.equals("budgets")) {
      new BudgetBenchmark(kit, spec.commandLine().getOut()).run(argument(0, 3));
      return 0;
    }
    if (benchmark.equals("cli")) {
      new CliBenchmark(kit, spec.commandLine().getOut()).run(argument(0, 10));
      return 0;
    }
    if (benchmark.equals("watch")) {
      new WatchBenchmark(kit, spec.commandLine().getOut())
          .run(argument(0, 20), args.contains("busy"));
      return 0;
    }
    if (benchmark.equals("grade-all")) {
      new GradeAllBenchmark(kit, spec.commandLine().getOut())
          .run(
              argument(0, 100),
              argument(1, 5),
              argument(2, Runtime.getRuntime().availableProcessors()),
              2026,
              args.contains("visible"));
      return 0;
    }
    if (!Files.isDirectory(kit.solutions())) {
      throw new IllegalStateException(
          "benchmarks need the reference solutions, which this kit does not have");
    }
    try (CompiledKit compiled = CompiledKit.compile(kit, true)) {
      return compiled.run("io.kubelab.demo.CasBenchmark", args);
    }
  }

  private int argument(int index, int otherwise) {
    return args.size() > index && args.get(index).matches("\\d+")
        ? Integer.parseInt(args.get(index))
        : otherwise;
  }
}
