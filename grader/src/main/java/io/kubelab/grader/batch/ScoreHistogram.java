package io.kubelab.grader.batch;

import io.kubelab.grader.kit.Exercise;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * ScoreHistogram draws one exercise's scores over a class as a line of the summary's table, so an
 * instructor sees at a glance whether an exercise split the class or everyone passed.
 */
final class ScoreHistogram {
  /** The bands of the score table's columns, by share of the exercise's points. */
  static final String[] BANDS = {"0%", "1-25%", "26-50%", "51-75%", "76-99%", "100%"};

  /** Bar heights for the one-line chart, lowest first; an empty band is a blank. */
  private static final String BLOCKS = "▁▂▃▄▅▆▇█";

  private ScoreHistogram() {}

  /**
   * One line of the score table: the exercise, its mean, the number of students in each band of its
   * points, and the same counts as a one-line bar chart.
   */
  static String line(List<StudentResult> outcomes, Exercise exercise) {
    int[] counts = new int[BANDS.length];
    double sum = 0;
    int graded = 0;
    for (StudentResult outcome : outcomes) {
      if (outcome.unreadable()) {
        continue; // nothing was graded: counting it as 0 points would misstate the class
      }
      Double score = outcome.record().map(r -> r.exercises().get(exercise.id())).orElse(null);
      if (score != null) {
        sum += score;
        graded++;
        counts[bucket(score / exercise.points())]++;
      }
    }
    int most = Math.max(1, Arrays.stream(counts).max().orElse(1));
    StringBuilder bars = new StringBuilder();
    StringBuilder cells = new StringBuilder();
    for (int count : counts) {
      cells.append(String.format(Locale.ROOT, " %6d", count));
      bars.append(count == 0 ? ' ' : BLOCKS.charAt((BLOCKS.length() - 1) * count / most));
    }
    return String.format(
        Locale.ROOT,
        "%-22s %6s %6.1f%s  |%s|%n",
        exercise.id() + (exercise.bonus() ? "*" : ""),
        String.format(Locale.ROOT, "%.2f", exercise.points()),
        graded == 0 ? 0 : sum / graded,
        cells,
        bars);
  }

  private static int bucket(double fraction) {
    if (fraction <= 1e-9) {
      return 0;
    }
    if (fraction >= 1 - 1e-9) {
      return BANDS.length - 1;
    }
    return 1 + Math.min(3, (int) Math.floor(fraction * 4 - 1e-9));
  }
}
