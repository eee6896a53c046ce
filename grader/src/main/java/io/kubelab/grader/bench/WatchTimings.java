package io.kubelab.grader.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WatchTimings is where the time of watch's checks went, read from the timings line watch prints
 * with {@code --timings}: a save-to-verdict figure alone cannot say which phase to make faster.
 */
final class WatchTimings {
  /** WatchSession's timings line: the check and its phases, in order. */
  private static final Pattern TIMINGS =
      Pattern.compile(
          "^timings: check (\\S+) s = set-up (\\S+) s \\+ compile (\\S+) s \\+ test JVM (\\S+) s"
              + " \\(of which the tests themselves (\\S+) s");

  private static final List<String> PHASES =
      List.of(
          "check",
          "set-up",
          "compile",
          "test JVM",
          "  the tests themselves",
          "  JVM start, class loading, test discovery");

  private final List<double[]> checks = new ArrayList<>();

  /** Notes the phases of the timings line watch printed last among {@code recent}, if any. */
  void add(List<String> recent) {
    for (int i = recent.size() - 1; i >= 0; i--) {
      Matcher timings = TIMINGS.matcher(recent.get(i));
      if (timings.find()) {
        double[] phases = new double[PHASES.size()];
        for (int phase = 0; phase < 5; phase++) {
          phases[phase] = Double.parseDouble(timings.group(phase + 1));
        }
        phases[5] = phases[3] - phases[4];
        checks.add(phases);
        return;
      }
    }
  }

  /**
   * Prints the median of each phase over the checks; what watch's check does not cover (noticing
   * the save, drawing the verdict) is the save-to-verdict median less the check's.
   */
  void print(PrintWriter out, double watchMedian) {
    if (checks.isEmpty()) {
      out.println("(watch printed no timings)");
      return;
    }
    out.printf("where the time went, median of %d checks:%n", checks.size());
    for (int phase = 0; phase < PHASES.size(); phase++) {
      out.printf(Locale.ROOT, "  %-42s %.3f s%n", PHASES.get(phase), median(phase));
    }
    out.printf(
        Locale.ROOT,
        "  %-42s %.3f s%n",
        "noticing the save and drawing (the rest)",
        watchMedian - median(0));
  }

  private double median(int phase) {
    return median(checks.stream().map(p -> p[phase]).toList());
  }

  /** Returns the median of {@code values}: one slow or one lucky run does not move it. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
