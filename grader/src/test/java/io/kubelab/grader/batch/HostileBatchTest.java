package io.kubelab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.ExpectedGrade;
import io.kubelab.grader.FixtureScenario;
import io.kubelab.grader.GoldenFixtures;
import io.kubelab.grader.TestKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden hostile class: one correct submission and one per way a submission can attack or break
 * the grader, each a golden fixture of {@code grader/fixtures/} ({@link GoldenFixtures}), graded
 * together by {@code grade-all}. For each: grading finishes, the correct student's grade is
 * untouched, the student's feedback says in plain words what happened and which exercise it cost,
 * and the grade is the fixture's {@code expected_grade.json}, which {@code
 * -Dkubelab.fixtures.regenerate=true} rewrites. The table of what the grader reported goes to
 * {@code target/hostile-fixtures.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("grade-all, given a class with hostile and broken submissions,")
class HostileBatchTest {
  /** How every fixture of the class is graded: the batch grades them all one way. */
  private static final FixtureScenario.Grading GRADING =
      new FixtureScenario.Grading(
          List.of("random-scheduler", "string-set"), FixtureScenario.LimitSet.FAST);

  /** What a fixture must cost random-scheduler: none, some or all of its points. */
  private enum Cost {
    NOTHING,
    SOME,
    ALL
  }

  /**
   * A fixture of {@code grader/fixtures/}, what it must cost random-scheduler, and whether
   * string-set keeps its marks; what the student must be told is the scenario's {@code says}.
   */
  private record Fixture(String name, Cost randomScheduler, boolean stringSetFull) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Fixture> FIXTURES =
      List.of(
          new Fixture("correct", Cost.NOTHING, true),
          new Fixture("busy-loop", Cost.SOME, true),
          new Fixture("system-exit", Cost.SOME, true),
          new Fixture("unbounded-allocation", Cost.SOME, true),
          new Fixture("stack-overflow", Cost.SOME, true),
          new Fixture("non-daemon-thread", Cost.NOTHING, true),
          new Fixture("output-flood", Cost.SOME, true),
          new Fixture("fake-results", Cost.ALL, true),
          new Fixture("changed-tests", Cost.ALL, true),
          new Fixture("archive-escapes", Cost.ALL, true),
          new Fixture("non-utf8", Cost.NOTHING, true),
          new Fixture("missing-and-extra", Cost.ALL, true),
          new Fixture("does-not-compile", Cost.ALL, true),
          new Fixture("git-head", Cost.NOTHING, true),
          new Fixture("corrupt-zip", Cost.ALL, false));

  private Path dir;
  private Path classDir;
  private final Map<String, List<String>> says = new LinkedHashMap<>();
  private final Map<String, StudentResult> outcomes = new LinkedHashMap<>();
  private Path out;
  private BatchReport report;

  @BeforeAll
  void gradeTheClass(@TempDir Path temp) throws Exception {
    dir = temp;
    classDir = Files.createDirectories(dir.resolve("class"));
    for (Fixture fixture : FIXTURES) {
      FixtureScenario scenario = GoldenFixtures.scenario(fixture.name());
      assertThat(scenario.grading())
          .as("fixture %s is graded as the rest of the class", fixture.name())
          .isEqualTo(GRADING);
      says.put(fixture.name(), scenario.says());
      GoldenFixtures.handIn(fixture.name(), classDir);
    }
    out = dir.resolve("out");
    report =
        new BatchGrader(
                TestKit.kit(),
                out,
                new BatchOptions(2, GRADING.options(), false),
                BatchGrader.Listener.QUIET)
            .run(classDir);
    report.outcomes().forEach(o -> outcomes.put(o.entry().student(), o));
    writeTable();
  }

  static List<Fixture> fixtures() {
    return FIXTURES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("grades the submission and tells the student what it cost")
  void gradedAndExplained(Fixture fixture) throws IOException {
    StudentResult outcome = outcomes.get(fixture.name());
    assertThat(outcome.status()).as(outcome.error()).isEqualTo(StudentResult.Status.GRADED);
    Map<String, Double> scores = outcome.record().orElseThrow().exercises();
    String feedback = Files.readString(out.resolve(fixture.name()).resolve("feedback.md"));

    double random = scores.get("random-scheduler");
    switch (fixture.randomScheduler()) {
      case NOTHING -> assertThat(random).as(feedback).isEqualTo(40.0);
      case SOME -> assertThat(random).as(feedback).isStrictlyBetween(0.0, 40.0);
      case ALL -> assertThat(random).as(feedback).isZero();
    }
    assertThat(scores.get("string-set"))
        .as("string-set keeps its marks unless the whole submission is unreadable")
        .isEqualTo(fixture.stringSetFull() ? 30.0 : 0.0);
    assertThat(says.get(fixture.name()))
        .as("the feedback says what the fixture cost")
        .allSatisfy(phrase -> assertThat(feedback).as("the feedback").contains(phrase));
    JsonNode results =
        new ObjectMapper().readTree(out.resolve(fixture.name()).resolve("results.json").toFile());
    assertThat(results.get("score").asDouble())
        .as("results.json has the score the gradebook records")
        .isCloseTo(outcome.record().get().score(), Offset.offset(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("gives the grade the fixture expects")
  void expectedGrade(Fixture fixture) throws IOException {
    Path student = out.resolve(fixture.name());
    JsonNode results = new ObjectMapper().readTree(student.resolve("results.json").toFile());
    String feedback = Files.readString(student.resolve("feedback.md"));

    GoldenFixtures.assertGrade(
        fixture.name(),
        ExpectedGrade.of(
            results, feedback, says.get(fixture.name()), classDir.resolve(fixture.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("writes a Surefire XML file per exercise")
  void junitXml(Fixture fixture) throws IOException {
    Path junit = out.resolve(fixture.name()).resolve("junit");
    assertThat(junit.resolve("TEST-kubelab.random-scheduler.xml"))
        .as("the exercise's Surefire XML is written and names its suite")
        .content(StandardCharsets.UTF_8)
        .startsWith("<?xml")
        .contains("<testsuite name=\"kubelab.random-scheduler\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("lists every student in the gradebook")
  void gradebookRow(Fixture fixture) throws IOException {
    assertThat(Files.readAllLines(out.resolve("gradebook.csv")))
        .as("the gradebook has a line for the student")
        .anyMatch(line -> line.startsWith(fixture.name() + ","));
    assertThat(report.graderFailures()).as("no submission broke the grader itself").isEmpty();
  }

  @Test
  @DisplayName("marks the corrupt zip unreadable, not graded, and only it")
  void corruptZipIsUnreadable() throws IOException {
    assertThat(report.unreadable())
        .as("the unreadable submissions")
        .extracting(o -> o.entry().name())
        .containsExactly("corrupt-zip");
    assertThat(Files.readAllLines(out.resolve("gradebook.csv")))
        .as("the corrupt zip's gradebook status")
        .anyMatch(line -> line.startsWith("corrupt-zip,corrupt-zip,corrupt-zip.zip,unreadable,"));
    assertThat(report.exitStatus(false)).as("grade-all's exit status").isEqualTo(4);
  }

  /** The table for the closing notes of grader changes: what each fixture was told. */
  private void writeTable() throws IOException {
    StringBuilder md =
        new StringBuilder(
            "| fixture | random-scheduler | string-set | seconds | what the student was told |\n"
                + "|---|---:|---:|---:|---|\n");
    for (Fixture fixture : FIXTURES) {
      StudentResult outcome = outcomes.get(fixture.name());
      if (outcome == null || outcome.record().isEmpty()) {
        md.append("| ").append(fixture.name()).append(" | not graded | | | |\n");
        continue;
      }
      String feedback = Files.readString(out.resolve(fixture.name()).resolve("feedback.md"));
      List<String> phrases = says.get(fixture.name());
      String told =
          phrases.isEmpty()
              ? "(nothing: full marks)"
              : feedback
                  .lines()
                  .filter(line -> phrases.stream().anyMatch(line::contains))
                  .findFirst()
                  .orElse("")
                  .strip();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %s |%n",
              fixture.name(),
              outcome.record().get().exercises().get("random-scheduler"),
              outcome.record().get().exercises().get("string-set"),
              outcome.record().get().seconds(),
              told.replace("|", "\\|")));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/hostile-fixtures.md"), md);
  }
}
