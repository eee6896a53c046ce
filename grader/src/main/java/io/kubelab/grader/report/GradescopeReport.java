package io.kubelab.grader.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * GradescopeReport writes a grade as Gradescope's {@code results.json}, as its published
 * specification (https://gradescope-autograders.readthedocs.io/en/latest/specs/) describes it:
 * {@code score}, {@code execution_time}, {@code output} with its {@code output_format}, {@code
 * extra_data} and one {@code tests[]} entry per check with {@code name}, {@code score}, {@code
 * max_score}, {@code status}, {@code output}, {@code visibility} and {@code tags}: the exercise and
 * rubric group the check counts towards, e.g. {@code "random-scheduler: independent draws"}.
 *
 * <p>Hidden checks are {@code after_published}: students see them once the instructor publishes
 * grades, so a hidden test's name and message explain a lost point without giving the test away
 * before the deadline. The visible top-level {@code output} therefore counts visible checks only.
 */
public final class GradescopeReport {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /**
   * Test scores are written to this many decimals ({@link ShareRounding}), and the total is their
   * exact sum.
   */
  private static final int DECIMALS = 4;

  private GradescopeReport() {}

  public static ObjectNode toJson(Grade grade) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode tests = JSON.createArrayNode();
    BigDecimal total = BigDecimal.ZERO;
    for (ExerciseGrade exercise : grade.exercises()) {
      // A check earns all of its share or nothing, so rounding the shares, not the scores, keeps
      // a passed check's score equal to its max_score and a solved exercise at its points.
      List<BigDecimal> shares =
          ShareRounding.round(exercise.checks().stream().map(Check::maxScore).toList(), DECIMALS);
      for (int i = 0; i < exercise.checks().size(); i++) {
        Check check = exercise.checks().get(i);
        ObjectNode test = tests.addObject();
        test.put("name", exercise.exercise().id() + ": " + check.name());
        // The specification knows only "passed" and "failed", and derives one from the scores when
        // the status is left out. A check the grading machine could not run is neither, so it
        // carries no score, max_score or status: Gradescope shows it as a neutral entry whose
        // output says why, it adds nothing to the total, and the top-level output says the grade is
        // incomplete. Showing 0 out of its points would read as the student's failure.
        if (!check.notGraded()) {
          BigDecimal score = check.passed() ? shares.get(i) : BigDecimal.ZERO;
          total = total.add(score);
          test.put("score", score.stripTrailingZeros());
          test.put("max_score", shares.get(i).stripTrailingZeros());
          test.put("status", check.passed() ? "passed" : "failed");
        }
        test.put("output", check.output());
        test.put("visibility", check.hidden() ? "after_published" : "visible");
        if (!check.group().isEmpty()) {
          test.putArray("tags").add(exercise.exercise().id() + ": " + check.group());
        }
      }
    }
    // The rounded test scores add up to the total exactly: Gradescope shows both.
    root.put("score", total.stripTrailingZeros());
    root.put("execution_time", grade.elapsed().toMillis() / 1000.0);
    root.put("output", visibleSummary(grade));
    // text keeps the aligned columns (shown in a <pre> block); the default simple_format would not.
    root.put("output_format", "text");
    root.put("test_output_format", "text");
    root.put("visibility", "visible");
    // The specification has no top-level max_score (an assignment's points are set on
    // Gradescope), so it travels in extra_data, which Gradescope stores without reading.
    root.putObject("extra_data").put("max_score", round(grade.maxScore()));
    root.set("tests", tests);
    return root;
  }

  /** Writes the report atomically: a reader sees the old file or the whole new one, never half. */
  public static void write(Grade grade, Path file) throws IOException {
    AtomicFiles.write(file, out -> out.write(JSON.writeValueAsBytes(toJson(grade))));
  }

  /**
   * One line per exercise with what its visible checks earned: hidden checks are {@code
   * after_published}, so the visible output must not reveal their results before then.
   */
  static String visibleSummary(Grade grade) {
    StringBuilder text = new StringBuilder();
    grade.warning().ifPresent(warning -> text.append(warning).append('\n'));
    long hidden = 0;
    for (ExerciseGrade exercise : grade.exercises()) {
      double score = 0;
      double max = 0;
      int passed = 0;
      int visible = 0;
      for (Check check : exercise.checks()) {
        if (check.hidden()) {
          hidden++;
          continue;
        }
        score += check.score();
        max += check.maxScore();
        visible++;
        passed += check.passed() ? 1 : 0;
      }
      text.append(
          String.format(
              Locale.ROOT,
              "%-24s %6.1f / %-5.1f %3d of %d visible checks passed%s%n",
              exercise.exercise().id(),
              score,
              max,
              passed,
              visible,
              exercise.exercise().bonus() ? " (bonus)" : ""));
    }
    if (hidden > 0) {
      text.append(
          String.format(
              Locale.ROOT,
              "%nThe score also counts %d hidden check%s; their results appear here once grades are"
                  + " published.%n",
              hidden,
              hidden == 1 ? "" : "s"));
    }
    grade.problems().forEach(problem -> text.append("note: ").append(problem).append('\n'));
    return text.toString();
  }

  private static BigDecimal round(double points) {
    return BigDecimal.valueOf(points).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
