package io.kubelab.grader.bench;

import io.kubelab.grader.export.StudentKit;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.runner.CpuTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WatchBenchmark measures what a student waits for with {@code ./kubelab watch}: the time from
 * saving an exercise's file to the verdict line on watch's output, and, in the same run, {@code mvn
 * -q -o test} of that exercise's tests.
 *
 * <p>Watch runs as a student runs it ({@link WatchProcess}), in a fresh student kit. The saves
 * alternate the reference solution and a known-wrong variant, so every save changes the file and
 * has a known verdict.
 *
 * <p>Each check also says where its time went ({@link WatchTimings}). With {@code busy}, two busy
 * processes per core run during the whole benchmark, watch and Maven alike, as on a student's busy
 * laptop.
 */
public final class WatchBenchmark {
  private static final String EXERCISE = "random-scheduler";
  static final String WRONG_VARIANT = "always-first";
  private static final int MAVEN_RUNS = 3;

  private final Kit kit;
  private final PrintWriter out;

  public WatchBenchmark(Kit kit, PrintWriter out) {
    this.kit = kit;
    this.out = out;
  }

  /**
   * Runs {@code edits} saves through watch, then {@value #MAVEN_RUNS} runs of mvn test; with {@code
   * busy}, two busy processes per core run meanwhile.
   */
  public void run(int edits, boolean busy) throws IOException, InterruptedException {
    if (edits < 1) {
      throw new IllegalArgumentException("the watch benchmark needs at least 1 save, not " + edits);
    }
    Exercise exercise =
        kit.catalog()
            .exercise(EXERCISE)
            .orElseThrow(() -> new IllegalStateException("the catalog has no " + EXERCISE));
    String file = exercise.files().get(0);
    byte[] solution = readFrom(kit.solutions().resolve(file), "the reference solutions");
    byte[] wrong =
        readFrom(
            kit.variants().resolve(EXERCISE).resolve(WRONG_VARIANT).resolve(file),
            "the grader's wrong variants");
    Path jar = BuiltGrader.jar(kit);

    Path work = Files.createTempDirectory("kubelab-bench-watch-");
    Path copy = work.resolve("kit");
    int cores = Runtime.getRuntime().availableProcessors();
    try (BusyProcesses load = BusyProcesses.start(busy ? 2 * cores : 0)) {
      String busyness = busy ? load.count() + " busy processes" : "no busy processes";
      out.printf(
          Locale.ROOT,
          "%s; %d cores; load average %.1f%n",
          busy ? busyness + " running (two per core)" : busyness,
          cores,
          CpuTime.loadAverage());
      StudentKit.export(kit, copy);
      Path saved = copy.resolve(Kit.EXERCISES).resolve(file);
      WatchSaves saves;
      try (WatchProcess watch = WatchProcess.start(copy, jar)) {
        saves = WatchSaves.run(watch, exercise, saved, edits, solution, wrong, out);
        out.printf(
            Locale.ROOT,
            "watch, save to verdict: median %.2f s, worst %.2f s over %d saves"
                + " (%d cores, %s; load average %.1f at the start, %.1f now)%n",
            saves.median(),
            saves.worst(),
            saves.seconds().size(),
            cores,
            busyness,
            saves.loadBefore(),
            CpuTime.loadAverage());
        out.flush();
        // Quit before Maven runs, so they do not share the machine with watch and its waiting JVM.
        watch.quit(out);
      }
      double ratio = maven(copy, exercise, saved, solution, work, saves.median());
      targets(busy, saves, ratio, cores);
    } finally {
      FileTrees.delete(work);
    }
  }

  /**
   * Times {@value #MAVEN_RUNS} runs of mvn test of the exercise; returns how many times slower
   * their median is than {@code watchMedian}.
   */
  private double maven(
      Path copy, Exercise exercise, Path saved, byte[] solution, Path work, double watchMedian)
      throws IOException, InterruptedException {
    double loadBefore = CpuTime.loadAverage();
    List<Double> seconds = new ArrayList<>();
    String testClass = simpleName(exercise.tests().get(0));
    for (int i = 1; i <= MAVEN_RUNS; i++) {
      // Saved again before each run, as a student saves before running the tests: Maven then
      // compiles as it would after an edit, not "nothing to compile".
      Files.write(saved, solution);
      MavenTest run =
          MavenTest.passing(
              copy.resolve("mvnw"),
              copy.resolve("exercises"),
              work.resolve("mvn-" + i + ".log"),
              "-Dtest=" + testClass);
      seconds.add(run.seconds());
      out.printf(
          Locale.ROOT,
          "mvn -q -o test -Dtest=%s, run %d: %.2f s (%d tests)%n",
          testClass,
          i,
          run.seconds(),
          run.tests());
      out.flush();
    }
    double median = WatchTimings.median(seconds);
    out.printf(
        Locale.ROOT,
        "mvn test: median %.2f s (load average %.1f at the start, %.1f now);"
            + " mvn median / watch median = %.1f%n",
        median,
        loadBefore,
        CpuTime.loadAverage(),
        median / watchMedian);
    return median / watchMedian;
  }

  /** Prints whether the targets were met. */
  private void targets(boolean busy, WatchSaves saves, double ratio, int cores) {
    if (busy) {
      out.printf(
          Locale.ROOT,
          "targets with two busy processes per core: median <= 1 s (%s), >= 10x faster than mvn"
              + " test (%s)%n",
          met(saves.median() <= 1),
          met(ratio >= 10));
    } else {
      out.printf(
          Locale.ROOT,
          "targets on an idle machine: median <= 0.4 s (%s), worst <= 0.8 s (%s); meaningful only"
              + " if the load average above stayed well below %d%n",
          met(saves.median() <= 0.4),
          met(saves.worst() <= 0.8),
          cores);
    }
    out.flush();
  }

  private static String met(boolean met) {
    return met ? "met" : "missed";
  }

  private static byte[] readFrom(Path file, String what) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the watch benchmark needs " + what + ", which this kit does not have: " + file);
    }
    return Files.readAllBytes(file);
  }

  private static String simpleName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }
}
