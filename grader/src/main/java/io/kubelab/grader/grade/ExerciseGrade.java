package io.kubelab.grader.grade;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.RubricGroup;
import java.util.ArrayList;
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

  /**
   * Returns the score of each rubric group that has checks in this grade, in the catalog's order:
   * none when the exercise's tests did not run.
   */
  public List<GroupScore> groups() {
    List<GroupScore> groups = new ArrayList<>();
    for (RubricGroup group : exercise.rubric()) {
      List<Check> inGroup =
          checks.stream().filter(check -> check.group().equals(group.group())).toList();
      if (!inGroup.isEmpty()) {
        groups.add(
            new GroupScore(
                group.group(),
                inGroup.stream().mapToDouble(Check::score).sum(),
                inGroup.stream().mapToDouble(Check::maxScore).sum()));
      }
    }
    return groups;
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
