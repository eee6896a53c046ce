package io.kubelab.grader;

import java.util.Locale;

/**
 * TextReport renders a grade for a terminal: a line per exercise and one per rubric group under it,
 * then what failed and why.
 */
public final class TextReport {
  private TextReport() {}

  /** One line per exercise with its points and passed checks, and one per rubric group below it. */
  public static String summary(Grade grade) {
    StringBuilder text = new StringBuilder();
    for (ExerciseGrade exercise : grade.exercises()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-24s %6.1f / %-5.1f %3d of %d checks passed%s%n",
              exercise.exercise().id(),
              exercise.score(),
              exercise.maxScore(),
              exercise.passedCount(),
              exercise.checks().size(),
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
            "%-24s %6.1f / %-5.1f graded in %.1f s%n",
            "total",
            grade.score(),
            grade.maxScore(),
            grade.elapsed().toMillis() / 1000.0));
    grade.problems().forEach(problem -> text.append("note: ").append(problem).append('\n'));
    return text.toString();
  }

  /** The summary, then each failed check with its message, indented. */
  public static String full(Grade grade) {
    StringBuilder text = new StringBuilder(summary(grade));
    for (ExerciseGrade exercise : grade.exercises()) {
      for (Check check : exercise.checks()) {
        if (!check.passed()) {
          text.append("\n✗ ")
              .append(exercise.exercise().id())
              .append(": ")
              .append(check.name())
              .append(check.hidden() ? " (hidden check)" : "")
              .append(check.skipped() ? " (skipped)" : "")
              .append('\n')
              .append(check.output().indent(4));
        }
      }
    }
    return text.toString();
  }
}
