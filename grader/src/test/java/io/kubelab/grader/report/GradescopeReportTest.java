package io.kubelab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.JsonSchemas;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.kit.Exercise;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json is what Gradescope's published specification describes, and hides what it must. */
@DisplayName("Gradescope's results.json")
class GradescopeReportTest {
  private static final String SCHEMA = "/schemas/gradescope-results.schema.json";

  /**
   * An exercise of 10 points with three visible checks (two pass) and six hidden ones (all fail).
   */
  private static Grade thirds() {
    Exercise exercise = TestKit.kit().catalog().exercises().get(0);
    List<Check> checks = new ArrayList<>();
    double share = exercise.points() / 9;
    for (int i = 0; i < 9; i++) {
      boolean hidden = i >= 3;
      boolean passed = i < 2;
      checks.add(
          new Check(
              exercise.id(),
              (hidden ? "secret case " : "case ") + i,
              hidden,
              passed ? Check.Status.PASSED : Check.Status.FAILED,
              passed ? share : 0,
              share,
              passed ? "" : "expected 1 but was 2",
              0.01,
              ""));
    }
    return new Grade(
        "student",
        List.of(new ExerciseGrade(exercise, checks, List.of(), true)),
        List.of(),
        Duration.ofMillis(1500));
  }

  @Test
  @DisplayName("is valid by the schema written from Gradescope's specification")
  void validBySchema(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("results.json");

    GradescopeReport.write(thirds(), file);

    assertThat(JsonSchemas.errors(SCHEMA, Files.readString(file)))
        .as("no schema violation in " + Files.readString(file))
        .isEmpty();
    assertThat(
            JsonSchemas.errors(
                SCHEMA, "{\"score\": 1, \"max_score\": 2, \"output_format\": \"pre\"}"))
        .as(
            "the schema rejects what the specification lacks: a top-level max_score, a format 'pre'")
        .hasSize(2);
  }

  @Test
  @DisplayName("has a total that is exactly the sum of the tests' scores as written")
  void totalIsTheSumOfTests() throws Exception {
    JsonNode json = new ObjectMapper().readTree(GradescopeReport.toJson(thirds()).toString());

    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode test : json.get("tests")) {
      sum = sum.add(new BigDecimal(test.get("score").asText()));
    }

    assertThat(new BigDecimal(json.get("score").asText()))
        .as(
            "the top-level score: 2 of 9 checks worth 30/9 each, whose shares are rounded so the"
                + " 9 add up to 30 (the first three 3.3334, the rest 3.3333), summed as written")
        .isEqualByComparingTo(sum)
        .isEqualByComparingTo("6.6668");
  }

  @Test
  @DisplayName("shows only visible checks in its visible output, as plain text")
  void outputHidesHiddenResults() throws Exception {
    JsonNode json = GradescopeReport.toJson(thirds());
    String output = json.get("output").asText();

    assertThat(json.get("visibility").asText())
        .as("the output is visible at once")
        .isEqualTo("visible");
    assertThat(output)
        .as("the visible checks' points and count: 2 of 3 passed, 6.7 of 10 points")
        .contains("6.7 / 10.0", "2 of 3 visible checks passed")
        .as("nothing about the hidden checks' results or the exercise's full total")
        .doesNotContain("secret", "/ 30.0", "of 9");
    assertThat(json.get("output_format").asText())
        .as("text, so Gradescope keeps the aligned columns")
        .isEqualTo("text");
    assertThat(json.has("max_score"))
        .as("no top-level max_score, which the specification does not have")
        .isFalse();
    assertThat(json.get("extra_data").get("max_score").asDouble())
        .as("the maximum kept in extra_data")
        .isEqualTo(30.0);
  }
}
