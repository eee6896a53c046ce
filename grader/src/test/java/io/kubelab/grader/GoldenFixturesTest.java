package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.kit.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden fixtures are read strictly and compared readably: every fixture's files parse, a typo
 * in one is an error naming the file, and a drifted grade is told one difference per line.
 */
@DisplayName("The grader's golden fixtures")
class GoldenFixturesTest {
  static List<String> scenarios() throws IOException {
    try (Stream<Path> folders = Files.list(GoldenFixtures.root())) {
      return folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  @DisplayName("each have a valid scenario.json, the files it names, and an expected grade")
  void everyFixtureIsValid(String name) throws IOException {
    Path fixture = GoldenFixtures.root().resolve(name);
    FixtureScenario scenario = GoldenFixtures.scenario(name);

    assertThat(scenario.grading().exercises())
        .as("fixture %s grades exercises of the catalog", name)
        .isSubsetOf(TestKit.kit().catalog().exercises().stream().map(Exercise::id).toList());
    assertThat(scenario.delete())
        .as("fixture %s deletes files of the kit", name)
        .allSatisfy(file -> assertThat(TestKit.kit().exercises().resolve(file)).exists());
    if (scenario.form() == FixtureScenario.Form.FILE) {
      assertThat(fixture.resolve(scenario.file())).as("fixture %s's file", name).exists();
    }
    assertThat(ExpectedGrade.read(fixture.resolve("expected_grade.json")).exercises())
        .as("fixture %s's expected grade names the exercises it grades", name)
        .isNotEmpty();
  }

  @Test
  @DisplayName("reject a scenario.json with an unknown key, naming the file")
  void typoIsAnError(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("scenario.json");
    Files.writeString(
        json,
        """
        {"about": "a typo", "base": "solutions", "form": "folder",
         "grading": {"exercises": [], "limits": "fast"}, "say": ["typo"]}
        """);

    assertThatThrownBy(() -> FixtureScenario.read(json))
        .as("an unknown key fails the read")
        .isInstanceOf(IOException.class)
        .hasMessageContaining(json.toString())
        .hasMessageContaining("say");
  }

  @Test
  @DisplayName("reject a scenario.json whose limits are not a known set")
  void unknownLimitsAreAnError(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("scenario.json");
    Files.writeString(
        json,
        """
        {"about": "slow", "base": "solutions", "form": "folder",
         "grading": {"exercises": [], "limits": "slow"}}
        """);

    assertThatThrownBy(() -> FixtureScenario.read(json))
        .as("limits must be default, fast or short-wall")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("slow");
  }

  @Test
  @DisplayName("tell a drifted grade one difference per line")
  void driftIsReadable() {
    ExpectedGrade expected =
        new ExpectedGrade(
            40,
            70,
            Map.of(
                "random-scheduler",
                new ExpectedGrade.ExerciseResult(
                    "passed", 40, 40, Map.of("picks a machine", "passed", "spreads", "passed"))),
            List.of("fine"));
    ExpectedGrade actual =
        new ExpectedGrade(
            20,
            70,
            Map.of(
                "random-scheduler",
                new ExpectedGrade.ExerciseResult(
                    "failed", 20, 40, Map.of("picks a machine", "passed", "spreads", "failed"))),
            List.of("timed out after # seconds"));

    assertThat(expected.drift(actual))
        .as("each difference on a line of its own, the expected value first")
        .containsExactly(
            "score: expected 40.0, got 20.0",
            "random-scheduler status: expected passed, got failed",
            "random-scheduler score: expected 40.0, got 20.0",
            "random-scheduler: spreads: expected passed, got failed",
            "- says: fine",
            "+ says: timed out after # seconds");
    assertThat(expected.drift(expected)).as("a grade does not drift from itself").isEmpty();
  }
}
