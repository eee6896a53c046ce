package io.kubelab.grader;

import java.util.List;

/**
 * ExerciseGrade is an exercise's checks and the problems that cost it points before any test ran.
 * {@code started} is false when the exercise was graded on its untouched stub, so its tests did not
 * run.
 */
public record ExerciseGrade(
    Exercise exercise, List<Check> checks, List<String> problems, boolean started) {

  public ExerciseGrade {
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
  }

  public double score() {
    return checks.stream().mapToDouble(Check::score).sum();
  }

  public double maxScore() {
    return exercise.points();
  }

  public long passedCount() {
    return checks.stream().filter(Check::passed).count();
  }

  /** The checks the grading machine could not run: neither passed nor failed. */
  public long notGradedCount() {
    return checks.stream().filter(Check::notGraded).count();
  }

  /** Whether every check was graded, so the score is the exercise's whole grade. */
  public boolean complete() {
    return notGradedCount() == 0;
  }

  public boolean passed() {
    return !checks.isEmpty() && passedCount() == checks.size();
  }
}
