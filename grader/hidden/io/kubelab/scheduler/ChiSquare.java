package io.kubelab.scheduler;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * ChiSquare is Pearson's goodness-of-fit test against equal expected counts, with the feedback a
 * student needs when it fails: observed against expected counts as a small histogram, X², the
 * critical value and the p-value.
 *
 * <p>The critical values are those of docs/design/randomness.md §5, chi2.isf(1e-11, cells - 1): at
 * that α the exact multinomial tail of each test is at most 1.21e-11 for 6000 picks.
 */
final class ChiSquare {
  private static final int BAR_WIDTH = 40;

  private ChiSquare() {}

  /** Returns chi2.isf(1e-11, cells - 1) for the numbers of cells the hidden tests use. */
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
    double expected = (double) total(counts) / counts.length;
    double x2 = 0;
    for (long count : counts) {
      x2 += (count - expected) * (count - expected) / expected;
    }
    return x2;
  }

  /** Returns whether {@code counts} pass the test: X² below the critical value. */
  static boolean uniform(long[] counts) {
    return statistic(counts) < critical(counts.length);
  }

  /** Returns P(X² ≥ x2) with {@code cells - 1} degrees of freedom (1 - cdf, so ≥ about 1e-16). */
  static double pValue(double x2, int cells) {
    return 1 - new ChiSquaredDistribution(cells - 1).cumulativeProbability(x2);
  }

  /**
   * Renders {@code counts} per label as a histogram, one line per cell with the observed and the
   * expected count, followed by X², the critical value and the p-value.
   */
  static String report(String what, List<String> labels, long[] counts) {
    double expected = (double) total(counts) / counts.length;
    double widest = expected;
    for (long count : counts) {
      widest = Math.max(widest, count);
    }
    StringBuilder text =
        new StringBuilder(
            String.format(Locale.ROOT, "%s (each # is about %.0f):%n", what, widest / BAR_WIDTH));
    for (int i = 0; i < counts.length; i++) {
      int bar = (int) Math.round(BAR_WIDTH * counts[i] / widest);
      text.append(
          String.format(
              Locale.ROOT,
              "  %-4s %6d  expected %6.0f  %s%n",
              labels.get(i),
              counts[i],
              expected,
              "#".repeat(bar)));
    }
    double x2 = statistic(counts);
    double p = pValue(x2, counts.length);
    text.append(
        String.format(
            Locale.ROOT,
            "  X² = %.2f, critical value %.6f (α = 1e-11, df = %d), p = %.3g%s",
            x2,
            critical(counts.length),
            counts.length - 1,
            p,
            p == 0 ? " (below 1e-16)" : ""));
    return text.toString();
  }

  private static long total(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }
}
