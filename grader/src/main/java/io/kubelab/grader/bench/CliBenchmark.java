package io.kubelab.grader.bench;

import io.kubelab.grader.export.StudentKit;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.process.ProcessTree;
import io.kubelab.grader.runner.CpuTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CliBenchmark measures what a student waits for with a text look-up ({@code ./kubelab}, {@code
 * hint}, {@code lesson}, {@code solution}) when nothing needs compiling: the whole {@code
 * ./kubelab} launcher, from its start to its exit, in a fresh student kit with the built grader.
 *
 * <p>Each figure is a median of several runs with the machine's load average beside it, as a
 * look-up is short enough for one busy moment of the machine to move a single run.
 */
public final class CliBenchmark {
  /** The look-ups a student types, and one through the whole command-line parser to compare. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of(),
          List.of("hint", "random-scheduler"),
          List.of("lesson", "pr-286"),
          List.of("solution", "random-scheduler"),
          List.of("lesson", "pr-286", "--lang", "en"));

  private static final double TARGET_SECONDS = 0.3;

  /** One run: its wall seconds, and the CPU seconds of it and its children (-1 if unknown). */
  private record Run(double wallSeconds, double cpuSeconds) {}

  private final Kit kit;
  private final PrintWriter out;

  public CliBenchmark(Kit kit, PrintWriter out) {
    this.kit = kit;
    this.out = out;
  }

  /** Runs each look-up {@code runs} times through the launcher and prints the figures. */
  public void run(int runs) throws IOException, InterruptedException {
    if (runs < 1) {
      throw new IllegalArgumentException("the cli benchmark needs at least 1 run, not " + runs);
    }
    Path jar = BuiltGrader.jar(kit);
    Path work = Files.createTempDirectory("kubelab-bench-cli-");
    try {
      Path copy = work.resolve("kit");
      StudentKit.export(kit, copy);
      // The built grader, copied after the sources, so the launcher finds it up to date.
      Path copied = copy.resolve(Kit.GRADER_JAR);
      Files.createDirectories(copied.getParent());
      Files.copy(jar, copied);
      copyFlat(BuiltGrader.libraries(jar), Files.createDirectories(BuiltGrader.libraries(copied)));
      Path log = work.resolve("kubelab.log");
      out.printf(
          Locale.ROOT,
          "%d cores; load average %.1f; the whole ./kubelab launcher in a fresh student kit%n",
          Runtime.getRuntime().availableProcessors(),
          CpuTime.loadAverage());
      double first = launch(copy, List.of("lesson", "1"), log).wallSeconds();
      out.printf(Locale.ROOT, "first run (makes the launcher's class archive): %.2f s%n", first);
      for (List<String> command : COMMANDS) {
        time(copy, command, runs, log);
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  /** Times {@code runs} runs of one look-up after one that is not counted, and prints them. */
  private void time(Path copy, List<String> command, int runs, Path log)
      throws IOException, InterruptedException {
    launch(copy, command, log);
    double loadBefore = CpuTime.loadAverage();
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Run run = launch(copy, command, log);
      wall.add(run.wallSeconds());
      cpu.add(run.cpuSeconds());
    }
    double median = WatchTimings.median(wall);
    out.printf(
        Locale.ROOT,
        "%-48s median %.3f s (min %.3f, max %.3f), CPU %.3f s; load average %.1f, %.1f after;"
            + " < %.1f s: %s%n",
        String.join(" ", prefixed(command)),
        median,
        wall.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        wall.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        WatchTimings.median(cpu),
        loadBefore,
        CpuTime.loadAverage(),
        TARGET_SECONDS,
        median < TARGET_SECONDS ? "met" : "missed");
    out.flush();
  }

  /** Runs {@code ./kubelab command} in {@code copy} and times it. */
  private static Run launch(Path copy, List<String> command, Path log)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("bash", copy.resolve("kubelab").toString()));
    line.addAll(command);
    CpuTime before = CpuTime.now();
    long start = System.nanoTime();
    Process kubelab =
        new ProcessBuilder(line)
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!kubelab.waitFor(5, TimeUnit.MINUTES)) {
      ProcessTree.end(kubelab);
      throw new IOException(String.join(" ", prefixed(command)) + " took more than 5 minutes");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (kubelab.exitValue() != 0) {
      throw new IOException(
          String.join(" ", prefixed(command))
              + " ended with status "
              + kubelab.exitValue()
              + ":\n"
              + Files.readString(log));
    }
    return new Run(seconds, CpuTime.now().since(before).childrenSeconds().orElse(-1.0));
  }

  private static List<String> prefixed(List<String> command) {
    List<String> line = new ArrayList<>(List.of("./kubelab"));
    line.addAll(command);
    return line;
  }

  private static void copyFlat(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
