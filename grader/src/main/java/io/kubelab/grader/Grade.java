package io.kubelab.grader;

import java.time.Duration;
import java.util.List;

/** Grade is the result of grading one submission: a grade per exercise, in catalog order. */
public record Grade(
    String submission, List<ExerciseGrade> exercises, List<String> problems, Duration elapsed) {

  public Grade {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
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
