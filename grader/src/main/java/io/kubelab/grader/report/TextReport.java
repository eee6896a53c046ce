package io.kubelab.grader.report;

import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.GroupScore;
import io.kubelab.grader.kit.RubricGroup;
import java.util.Locale;

/**
 * TextReport renders a grade for a terminal: what a reader must know first (an incomplete or
 * unreadable grade, a score of the visible tests only), a line per exercise and one per rubric
 * group under it, then what did not pass and why.
 */
public final class TextReport {
  /**
   * The first line of a score that counts the visible tests only, so it is never taken for a grade.
   */
  public static final String VISIBLE_ONLY =
      "VISIBLE TESTS ONLY: these points count the visible tests and are not a grade; hidden"
          + " checks run when the instructor grades.";

  private TextReport() {}

  /**
   * One line per exercise with its points and passed checks, and one per rubric group below it,
   * after any warning.
   */
  public static String summary(Grade grade) {
    return summary(grade, false);
  }

  /**
   * The summary; with {@code visibleOnly} (the hidden tests did not run) it says so first and
   * labels every score as the visible tests' score.
   */
  public static String summary(Grade grade, boolean visibleOnly) {
    StringBuilder text = new StringBuilder();
    grade.warning(visibleOnly).ifPresent(warning -> text.append(warning).append('\n'));
    if (visibleOnly) {
      text.append(VISIBLE_ONLY).append('\n');
    }
    String checks = visibleOnly ? "visible checks" : "checks";
    for (ExerciseGrade exercise : grade.exercises()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-24s %6.1f / %-5.1f %3d of %d %s passed%s%s%n",
              exercise.exercise().id(),
              exercise.score(),
              exercise.maxScore(),
              exercise.passedCount(),
              exercise.checks().size(),
              checks,
              exercise.complete() ? "" : ", " + exercise.notGradedCount() + " not graded",
              exercise.exercise().bonus() ? " (bonus)" : ""));
      for (GroupScore group : exercise.groups()) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %-" + RubricGroup.NAME_WIDTH + "s %6.1f / %.1f%n",
                group.group(),
                group.score(),
                group.maxScore()));
      }
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%-24s %6.1f / %-5.1f %s in %.1f s%n",
            visibleOnly ? "visible tests" : "total",
            grade.score(),
            grade.maxScore(),
            (switch (grade.status()) {
                  case GRADED -> "";
                  case INCOMPLETE -> "INCOMPLETE, ";
                  case UNREADABLE -> "UNREADABLE, nothing ";
                })
                + (visibleOnly ? "checked" : "graded"),
            grade.elapsed().toMillis() / 1000.0));
    grade.problems().forEach(problem -> text.append("note: ").append(problem).append('\n'));
    return text.toString();
  }

  /** The summary, then each check that did not pass with its message, indented. */
  public static String full(Grade grade) {
    return full(grade, false);
  }

  /**
   * The summary for {@code visibleOnly} (see {@link #summary(Grade, boolean)}), then the checks.
   */
  public static String full(Grade grade, boolean visibleOnly) {
    StringBuilder text = new StringBuilder(summary(grade, visibleOnly));
    for (ExerciseGrade exercise : grade.exercises()) {
      for (Check check : exercise.checks()) {
        if (!check.passed()) {
          text.append(check.notGraded() ? "\n- " : "\n✗ ")
              .append(exercise.exercise().id())
              .append(": ")
              .append(check.name())
              .append(check.hidden() ? " (hidden check)" : "")
              .append(check.notGraded() ? " (not graded)" : "")
              .append('\n')
              .append(check.output().indent(4));
        }
      }
    }
    return text.toString();
  }
}
