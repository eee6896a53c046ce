package io.kubelab.grader.bench;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.runner.CpuTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WatchSaves is the saves of the watch benchmark and what each one waited for: the seconds from
 * writing the file to watch's verdict line, checked against the verdict the saved text must get.
 */
record WatchSaves(List<Double> seconds, double loadBefore) {
  /**
   * The pause after each verdict before the next save. A person reads the verdict before saving
   * again, and watch starts its next test JVM only after a check has ended, so that its warm-up
   * does not slow the check being waited for; saving again at once would time a cold JVM no student
   * meets. 1.5 s is a quick reader.
   */
  private static final long READING_MILLIS = 1500;

  private static final Pattern CHECK_SECONDS = Pattern.compile("\\((\\d+\\.\\d+) s\\)");

  double median() {
    return WatchTimings.median(seconds);
  }

  double worst() {
    return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** Saves {@code edits} times, each after a reader's pause, and times each verdict. */
  static WatchSaves run(
      WatchProcess watch,
      Exercise exercise,
      Path saved,
      int edits,
      byte[] solution,
      byte[] wrong,
      PrintWriter out)
      throws IOException, InterruptedException {
    double loadBefore = CpuTime.loadAverage();
    long started = System.nanoTime();
    WatchProcess.Line first = watch.await(line -> line.contains("[q] quit"), "its first screen");
    out.printf(
        Locale.ROOT, "watch showed its first screen in %.2f s%n", (first.nanos() - started) / 1e9);
    out.flush();
    List<Double> latencies = new ArrayList<>();
    WatchTimings timings = new WatchTimings();
    for (int i = 1; i <= edits; i++) {
      Thread.sleep(READING_MILLIS);
      int extra = watch.drainVerdicts(exercise.id());
      if (extra > 0) {
        out.printf("  (watch showed %d verdict(s) no save asked for)%n", extra);
      }
      boolean right = i % 2 == 1;
      String expected = right ? "passes" : "fails";
      long start = System.nanoTime();
      Files.write(saved, right ? solution : wrong);
      WatchProcess.Line verdict =
          watch.await(
              line -> WatchProcess.verdictOf(line, exercise.id()).isPresent(),
              "the verdict of save "
                  + i
                  + " ("
                  + (right ? "solution" : WatchBenchmark.WRONG_VARIANT)
                  + ")");
      if (!WatchProcess.verdictOf(verdict.text(), exercise.id()).orElseThrow().equals(expected)) {
        throw new IOException(
            String.format(
                "save %d should make %s %s, but watch showed: %s",
                i, exercise.id(), expected, verdict.text()));
      }
      double seconds = (verdict.nanos() - start) / 1e9;
      latencies.add(seconds);
      timings.add(watch.recent());
      Matcher check = CHECK_SECONDS.matcher(verdict.text());
      out.printf(
          Locale.ROOT,
          "save %2d, %-12s %-6s in %.2f s (watch's own check: %s s)%n",
          i,
          right ? "solution:" : WatchBenchmark.WRONG_VARIANT + ":",
          expected,
          seconds,
          check.find() ? check.group(1) : "?");
      out.flush();
    }
    WatchSaves saves = new WatchSaves(latencies, loadBefore);
    timings.print(out, saves.median());
    return saves;
  }
}
