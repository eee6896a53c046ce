package io.kubelab.grader.runner;

import java.time.Duration;
import java.util.Locale;

/**
 * StopMessage says why the watchdog stopped a test, in words that tell a student where to look: a
 * loop that spends CPU, or a wait that never ends, told apart by what the test spent.
 */
final class StopMessage {
  private StopMessage() {}

  /**
   * Returns the message for {@code stop}, of a test ({@code inTest}) or of the set-up of tests,
   * which each had {@code cpuBudget} of CPU time.
   */
  static String of(TestWatchdog.Stop stop, boolean inTest, Duration cpuBudget) {
    String what =
        !stop.culprit().isEmpty()
            ? stop.culprit()
            : inTest ? "The test" : "The set-up of these tests";
    String verb = stop.culprit().isEmpty() ? " did not finish" : " did not return";
    if (stop.onWallClock() && stop.cpuSeconds() >= cpuBudget.toMillis() / 4000.0) {
      return String.format(
          Locale.ROOT,
          "%s%s: the test ran %s seconds of wall time, spending %.1f s of CPU time, on a machine"
              + " too busy to let it reach its %s seconds of CPU time sooner. Look for a loop that"
              + " never ends.",
          what,
          verb,
          seconds(stop.limitSeconds()),
          stop.cpuSeconds(),
          seconds(cpuBudget.toMillis() / 1000.0));
    }
    if (stop.onWallClock()) {
      return String.format(
          Locale.ROOT,
          "%s%s: the test timed out after %s seconds of wall time, having used only %.1f s of CPU"
              + " time. It waits for something that never happens: look for a deadlock, a lock"
              + " never released, or a wait or sleep without end.",
          what,
          verb,
          seconds(stop.limitSeconds()),
          stop.cpuSeconds());
    }
    return String.format(
        Locale.ROOT,
        "%s%s: the test timed out after %s seconds of CPU time (%.1f s of wall time). Look for a"
            + " loop that never ends.",
        what,
        verb,
        seconds(stop.limitSeconds()),
        stop.wallSeconds());
  }

  /** "5" for five seconds, "2.5" for two and a half: the limit as it was set. */
  private static String seconds(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
