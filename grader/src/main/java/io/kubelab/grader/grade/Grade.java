package io.kubelab.grader.grade;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grade is the result of grading one submission: a grade per exercise, in catalog order. {@code
 * readable} is false when the submission could not be read at all (a zip that is not one, a folder
 * holding no submission), so nothing of the student's was graded.
 */
public record Grade(
    String submission,
    List<ExerciseGrade> exercises,
    List<String> problems,
    Duration elapsed,
    boolean readable) {

  /**
   * Status is what a grade amounts to: complete, incomplete because the grading machine could not
   * run some checks, or nothing at all because the submission could not be read.
   */
  public enum Status {
    GRADED,
    INCOMPLETE,
    UNREADABLE;

    /** The word reports use: {@code graded}, {@code incomplete}, {@code unreadable}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Grade {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
  }

  /** The grade of a submission that was read. */
  public Grade(
      String submission, List<ExerciseGrade> exercises, List<String> problems, Duration elapsed) {
    this(submission, exercises, problems, elapsed, true);
  }

  public Status status() {
    if (!readable) {
      return Status.UNREADABLE;
    }
    return notGraded().isEmpty() ? Status.GRADED : Status.INCOMPLETE;
  }

  /** The checks the grading machine could not run, in catalog order. */
  public List<Check> notGraded() {
    return exercises.stream()
        .flatMap(exercise -> exercise.checks().stream())
        .filter(Check::notGraded)
        .toList();
  }

  /**
   * Returns what a reader must know before any score, for a grade that is not {@link
   * Status#GRADED}: which exercises were left ungraded and why, or why nothing could be read.
   */
  public Optional<String> warning() {
    return warning(false);
  }

  /**
   * The {@link #warning()}; with {@code visibleOnly} (a score of the visible tests, in a student's
   * kit or with {@code --visible-only}) it never calls the score a grade.
   */
  public Optional<String> warning(boolean visibleOnly) {
    int count = notGraded().size();
    return switch (status()) {
      case GRADED -> Optional.empty();
      case UNREADABLE ->
          Optional.of(
              "UNREADABLE SUBMISSION: nothing was graded. "
                  + String.join(" ", problems)
                  + " Fix or replace the submission, then grade it again.");
      case INCOMPLETE ->
          Optional.of(
              (visibleOnly ? "INCOMPLETE: " : "INCOMPLETE GRADE: ")
                  + count
                  + (count == 1 ? " check" : " checks")
                  + " of "
                  + String.join(", ", ungradedExercises())
                  + (visibleOnly
                      ? " could not run on this machine, so "
                      : " could not run on the grading machine, so ")
                  + (count == 1 ? "it is" : "they are")
                  + " neither passed nor failed and earn nothing yet ("
                  + String.join("; ", notGradedReasons())
                  + (visibleOnly ? ")." : "). Grade again where they can run."));
    };
  }

  /** The ids of the exercises with a check the grading machine could not run. */
  public List<String> ungradedExercises() {
    return notGraded().stream().map(Check::exercise).distinct().toList();
  }

  /** Why checks could not run: the first line of each distinct reason. */
  public List<String> notGradedReasons() {
    return notGraded().stream()
        .map(check -> check.output().lines().findFirst().orElse("").strip())
        .map(
            line ->
                line.startsWith(Grader.NOT_GRADED)
                    ? line.substring(Grader.NOT_GRADED.length())
                    : line)
        .distinct()
        .toList();
  }

  public double score() {
    return exercises.stream().mapToDouble(ExerciseGrade::score).sum();
  }

  /**
   * Returns the points of the exercises that are not bonus: a student who does every required
   * exercise gets full marks, and bonus points come on top.
   */
  public double maxScore() {
    return exercises.stream()
        .filter(exercise -> !exercise.exercise().bonus())
        .mapToDouble(ExerciseGrade::maxScore)
        .sum();
  }
}
