package io.kubelab.grader.batch;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.report.Markdown;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BatchReport is what {@code grade-all} did, for the instructor: the gradebook (CSV, one row per
 * student, one column per exercise) and a summary with each exercise's score distribution as a text
 * histogram, the slowest submissions, the grader's own failures and incomplete grades (there should
 * be none), and the submissions that could not be read.
 */
public record BatchReport(
    Catalog catalog, List<StudentResult> outcomes, List<String> ignored, double seconds) {

  private static final int SLOWEST = 5;

  public BatchReport {
    outcomes = List.copyOf(outcomes);
    ignored = List.copyOf(ignored);
  }

  public long count(StudentResult.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** The grader's own failures: the students they concern have no grade yet. */
  public List<StudentResult> graderFailures() {
    return outcomes.stream().filter(o -> o.status() == StudentResult.Status.GRADER_FAILED).toList();
  }

  /** The grades left incomplete because the grading machine could not run some checks. */
  public List<StudentResult> incomplete() {
    return outcomes.stream().filter(StudentResult::incomplete).toList();
  }

  /** The submissions of which nothing could be read, so nothing was graded. */
  public List<StudentResult> unreadable() {
    return outcomes.stream().filter(StudentResult::unreadable).toList();
  }

  /** The exercises that some incomplete grade left ungraded, in catalog order. */
  public List<String> ungradedExercises() {
    return catalog.exercises().stream()
        .map(Exercise::id)
        .filter(
            id ->
                incomplete().stream()
                    .flatMap(o -> o.record().orElseThrow().ungraded().stream())
                    .anyMatch(line -> line.startsWith(id + ": ")))
        .toList();
  }

  /**
   * The exit status of {@code grade-all}: 3 when the grader failed on a submission or left a grade
   * incomplete (unless {@code allowUngraded}), else 4 when a submission could not be read, else 0.
   */
  public int exitStatus(boolean allowUngraded) {
    if (!graderFailures().isEmpty() || !allowUngraded && !incomplete().isEmpty()) {
      return 3;
    }
    return unreadable().isEmpty() ? 0 : 4;
  }

  /**
   * One row per student: their id (the folder of their reports), real name, the entry graded, the
   * status (see {@link StudentResult#reported()}), total, then points per exercise in catalog
   * order.
   */
  public String gradebook() {
    StringBuilder csv = new StringBuilder("student,name,source,status,total,max");
    catalog.exercises().forEach(exercise -> csv.append(',').append(exercise.id()));
    csv.append(",seconds,fingerprint\n");
    for (StudentResult outcome : outcomes) {
      csv.append(cell(outcome.entry().student()))
          .append(',')
          .append(cell(outcome.entry().name()))
          .append(',')
          .append(cell(outcome.entry().path().getFileName().toString()))
          .append(',')
          .append(outcome.reported());
      Optional<StudentRecord> record = outcome.record();
      if (record.isEmpty()) {
        csv.append(",".repeat(catalog.exercises().size() + 4)).append('\n');
        continue;
      }
      csv.append(',').append(points(record.get().score()));
      csv.append(',').append(points(record.get().maxScore()));
      for (Exercise exercise : catalog.exercises()) {
        Double score = record.get().exercises().get(exercise.id());
        csv.append(',').append(score == null ? "" : points(score));
      }
      csv.append(',').append(String.format(Locale.ROOT, "%.1f", record.get().seconds()));
      csv.append(',').append(record.get().fingerprint(), 0, 12).append('\n');
    }
    return csv.toString();
  }

  /** The summary as Markdown; its histograms are plain text, so it reads well in a terminal too. */
  public String summary() {
    StringBuilder md = new StringBuilder("# grade-all summary\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%s: %d graded, %d unchanged since their last grading, %d incomplete, %d unreadable,"
                + " %s; %.1f s in all.%n",
            counted(outcomes.size(), "submission"),
            count(StudentResult.Status.GRADED),
            count(StudentResult.Status.UNCHANGED),
            incomplete().size(),
            unreadable().size(),
            counted(count(StudentResult.Status.GRADER_FAILED), "grader failure"),
            seconds));
    md.append("\n## Points per exercise\n\n```text\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%-22s %6s %6s %6s %6s %6s %6s %6s %6s  %s%n",
            "exercise (*: bonus)",
            "points",
            "mean",
            ScoreHistogram.BANDS[0],
            ScoreHistogram.BANDS[1],
            ScoreHistogram.BANDS[2],
            ScoreHistogram.BANDS[3],
            ScoreHistogram.BANDS[4],
            ScoreHistogram.BANDS[5],
            "students per band"));
    for (Exercise exercise : catalog.exercises()) {
      // Exercises left out with --exercise have no scores, and no row.
      if (outcomes.stream()
          .anyMatch(
              o -> o.record().filter(r -> r.exercises().containsKey(exercise.id())).isPresent())) {
        md.append(ScoreHistogram.line(outcomes, exercise));
      }
    }
    md.append("```\n\n## Slowest submissions\n\n");
    outcomes.stream()
        .filter(o -> o.record().isPresent())
        .sorted(Comparator.comparingDouble((StudentResult o) -> -o.record().get().seconds()))
        .limit(SLOWEST)
        .forEach(
            o ->
                md.append(
                    String.format(
                        Locale.ROOT, "- %s: %.1f s%n", who(o), o.record().get().seconds())));
    md.append("\n## Grader failures\n\n");
    if (graderFailures().isEmpty() && incomplete().isEmpty()) {
      md.append("None: every check of every readable submission was graded.\n");
    }
    for (StudentResult failure : graderFailures()) {
      md.append("- ")
          .append(who(failure))
          .append(" (not graded; run grade-all again once fixed):\n\n```text\n")
          .append(failure.error().strip())
          .append("\n```\n");
    }
    if (!incomplete().isEmpty()) {
      md.append(
              "\nThese grades are incomplete: the grading machine could not run some checks (left"
                  + " ungraded: ")
          .append(String.join(", ", ungradedExercises()))
          .append(
              "). Those checks are neither passed nor failed and earn nothing yet. Provide what"
                  + " they need (a real etcd: see the README) and run grade-all again; only these"
                  + " submissions are graded again.\n\n");
    }
    for (StudentResult incomplete : incomplete()) {
      md.append("- ").append(who(incomplete)).append(" (incomplete):\n\n```text\n");
      incomplete.record().orElseThrow().ungraded().forEach(line -> md.append(line).append('\n'));
      md.append("```\n");
    }
    if (!unreadable().isEmpty()) {
      md.append("\n## Unreadable submissions\n\n")
          .append("Nothing of these could be read, so nothing was graded; each student's")
          .append(" feedback.md says why. Ask for a new upload and run grade-all again.\n\n");
      for (StudentResult unreadable : unreadable()) {
        md.append("- ")
            .append(who(unreadable))
            .append(": ")
            .append(String.join(" ", unreadable.record().orElseThrow().ungraded()))
            .append('\n');
      }
    }
    if (!ignored.isEmpty()) {
      md.append("\n## Not submissions\n\n");
      ignored.forEach(line -> md.append("- ").append(Markdown.text(line)).append('\n'));
    }
    return md.toString();
  }

  /** The student's real name, and the folder of their reports when it differs, as Markdown text. */
  private static String who(StudentResult outcome) {
    SubmissionEntry entry = outcome.entry();
    return Markdown.text(
        entry.name().equals(entry.student())
            ? entry.name()
            : entry.name() + " (reports in " + entry.student() + "/)");
  }

  /** Returns "1 submission", "2 submissions". */
  private static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String points(double points) {
    return String.format(Locale.ROOT, "%.2f", points);
  }

  /** Quotes a CSV cell when needed, and defuses a leading character a spreadsheet would run. */
  private static String cell(String text) {
    String safe = "=+-@".indexOf(text.isEmpty() ? ' ' : text.charAt(0)) >= 0 ? "'" + text : text;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
