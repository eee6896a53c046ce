package io.kubelab.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * GradescopeReport writes a grade as Gradescope's {@code results.json}: {@code score}, {@code
 * max_score}, {@code execution_time}, {@code output} and one {@code tests[]} entry per check with
 * {@code name}, {@code score}, {@code max_score}, {@code status}, {@code output}, {@code
 * visibility} and {@code tags}: the exercise and rubric group the check counts towards, e.g. {@code
 * "random-scheduler: uniform choice"}.
 *
 * <p>Hidden checks are {@code after_published}: students see them once the instructor publishes
 * grades, so a hidden test's name and message explain a lost point without giving the test away
 * before the deadline.
 */
public final class GradescopeReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GradescopeReport() {}

  public static ObjectNode toJson(Grade grade) {
    ObjectNode root = JSON.createObjectNode();
    root.put("score", round(grade.score()));
    root.put("max_score", round(grade.maxScore()));
    root.put("execution_time", grade.elapsed().toMillis() / 1000.0);
    root.put("output", TextReport.summary(grade));
    root.put("visibility", "visible");
    ArrayNode tests = root.putArray("tests");
    for (ExerciseGrade exercise : grade.exercises()) {
      for (Check check : exercise.checks()) {
        ObjectNode test = tests.addObject();
        test.put("name", exercise.exercise().id() + ": " + check.name());
        // The specification knows only "passed" and "failed", and derives one from the scores when
        // the status is left out. A check the grading machine could not run is neither, so it
        // carries no score, max_score or status: Gradescope shows it as a neutral entry whose
        // output says why, it adds nothing to the total, and the top-level output says the grade is
        // incomplete. Showing 0 out of its points would read as the student's failure.
        if (!check.notGraded()) {
          test.put("score", round(check.score()));
          test.put("max_score", round(check.maxScore()));
          test.put("status", check.passed() ? "passed" : "failed");
        }
        test.put("output", check.output());
        test.put("visibility", check.hidden() ? "after_published" : "visible");
        if (!check.group().isEmpty()) {
          test.putArray("tags").add(exercise.exercise().id() + ": " + check.group());
        }
      }
    }
    return root;
  }

  /** Writes the report atomically: a reader sees the old file or the whole new one, never half. */
  public static void write(Grade grade, Path file) throws IOException {
    AtomicFiles.write(file, out -> out.write(JSON.writeValueAsBytes(toJson(grade))));
  }

  private static double round(double points) {
    return Math.round(points * 10_000) / 10_000.0;
  }
}
