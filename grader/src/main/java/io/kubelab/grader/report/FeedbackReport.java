package io.kubelab.grader.report;

import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import java.util.Locale;

/**
 * FeedbackReport renders a grade as Markdown a student reads: the score per exercise, what the
 * grader noticed about the submission itself, then every check that did not pass with its message.
 *
 * <p>Hidden checks are listed with their names and messages, marked as hidden, as Gradescope shows
 * them once grades are published: a lost point should always come with its reason. Hand the file
 * out when you publish grades, not before the deadline.
 */
public final class FeedbackReport {
  private FeedbackReport() {}

  public static String render(String student, Grade grade) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "# kubelab feedback for %s: %s / %s%n%n",
            Markdown.text(student),
            points(grade.score()),
            points(grade.maxScore())));
    grade.warning().ifPresent(warning -> md.append("**").append(warning).append("**\n\n"));
    md.append("| exercise | points | checks passed |\n|---|---:|---:|\n");
    for (ExerciseGrade exercise : grade.exercises()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s%s | %s / %s | %d of %d%s |%n",
              Markdown.text(exercise.exercise().id()),
              exercise.exercise().bonus() ? " (bonus)" : "",
              points(exercise.score()),
              points(exercise.maxScore()),
              exercise.passedCount(),
              exercise.checks().size(),
              exercise.complete() ? "" : ", " + exercise.notGradedCount() + " not graded"));
    }
    if (!grade.problems().isEmpty()) {
      md.append("\n## About your submission\n\n");
      grade
          .problems()
          .forEach(problem -> md.append("- ").append(Markdown.text(problem)).append('\n'));
    }
    for (ExerciseGrade exercise : grade.exercises()) {
      if (exercise.passed() && exercise.problems().isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(Markdown.text(exercise.exercise().id()))
          .append(": ")
          .append(Markdown.text(exercise.exercise().title()))
          .append("\n\n");
      if (exercise.passed()) {
        md.append("Every check passed. Notes:\n\n");
        exercise
            .problems()
            .forEach(problem -> md.append("- ").append(Markdown.text(problem)).append('\n'));
      }
      for (Check check : exercise.checks()) {
        if (check.passed()) {
          continue;
        }
        md.append(check.notGraded() ? "### – " : "### ✗ ")
            .append(Markdown.text(check.name()))
            .append(check.hidden() ? " (hidden check)" : "")
            .append(check.notGraded() ? " (not graded: not your doing)" : "")
            .append("\n\n")
            .append(fence(check.output()))
            .append('\n');
      }
      md.append("Lesson: `./kubelab lesson ")
          .append(exercise.exercise().lesson())
          .append("`; hints: `./kubelab hint ")
          .append(exercise.exercise().id())
          .append("`.\n");
    }
    return md.toString();
  }

  /** Puts {@code text} in a fenced block long enough that no line inside can close it. */
  private static String fence(String text) {
    String ticks = "```";
    while (text.contains(ticks)) {
      ticks += "`";
    }
    return ticks + "text\n" + text.strip() + "\n" + ticks + "\n";
  }

  private static String points(double points) {
    return String.format(Locale.ROOT, "%.1f", points);
  }
}
