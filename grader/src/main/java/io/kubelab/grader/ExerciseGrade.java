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

  public boolean passed() {
    return !checks.isEmpty() && passedCount() == checks.size();
  }
}
