package io.kubelab.scheduler;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * ChiSquare is Pearson's goodness-of-fit test against equal expected counts, with the feedback a
 * student needs when it fails: observed against expected counts as a small histogram, X², the
 * critical value and the p-value.
 *
 * <p>The critical values are those of design/randomness.md at α = 1e-11 per test (chi2.isf(1e-11,
 * n-1)); {@code ChiSquareTest} checks them against commons-math3.
 */
final class ChiSquare {
  /** The false-fail rate of one test; 8 tests per run give at most 8.7e-11 (exact multinomial). */
  static final double ALPHA = 1e-11;

  private ChiSquare() {}

  /** Returns chi2.isf(1e-11, n - 1) for the machine counts the battery uses. */
  static double critical(int cells) {
    return switch (cells) {
      case 2 -> 46.328476;
      case 3 -> 50.656872;
      case 5 -> 57.440530;
      case 10 -> 70.930687;
      default -> throw new IllegalArgumentException("no critical value for " + cells + " cells");
    };
  }

  /** Returns Pearson's X² of {@code counts} against equal expected counts. */
  static double statistic(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    double expected = (double) total / counts.length;
    double x2 = 0;
    for (long count : counts) {
      x2 += (count - expected) * (count - expected) / expected;
    }
    return x2;
  }

  /** Returns P(X² ≥ x2) for {@code cells - 1} degrees of freedom. */
  static double pValue(double x2, int cells) {
    return 1 - new ChiSquaredDistribution(cells - 1).cumulativeProbability(x2);
  }

  /** Renders {@code counts} per label as a histogram with the test's verdict. */
  static String report(String what, List<String> labels, long[] counts) {
    long total = 0;
    long max = 1;
    for (long count : counts) {
      total += count;
      max = Math.max(max, count);
    }
    double expected = (double) total / counts.length;
    double x2 = statistic(counts);
    StringBuilder text = new StringBuilder(what).append(" (").append(total).append(" picks):\n");
    for (int i = 0; i < counts.length; i++) {
      int bar = (int) Math.round(40.0 * counts[i] / Math.max(max, expected));
      text.append(
          String.format(
              Locale.ROOT,
              "  %-6s %6d  expected %7.1f  %s%n",
              labels.get(i),
              counts[i],
              expected,
              "#".repeat(bar)));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "  X² = %.2f, critical value %.2f (α = 1e-11), p = %.3g",
            x2,
            critical(counts.length),
            pValue(x2, counts.length)));
    return text.toString();
  }
}
