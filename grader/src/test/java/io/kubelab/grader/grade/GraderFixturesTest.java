package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.ExpectedGrade;
import io.kubelab.grader.FixtureScenario;
import io.kubelab.grader.GoldenFixtures;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.report.FeedbackReport;
import io.kubelab.grader.report.GradescopeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden submissions the grader must survive: each one breaks in a different way, and each must
 * cost only the exercise it breaks, with a message the student can act on. Each is a golden fixture
 * of {@code grader/fixtures/} ({@link GoldenFixtures}), graded alone as its {@code scenario.json}
 * says, and its grade must be the fixture's {@code expected_grade.json}: a grade that drifts fails
 * with one line per difference. After a change that alters a grade on purpose, run {@code ./mvnw
 * -pl grader test -Dtest='GraderFixturesTest,HostileBatchTest' -Dkubelab.fixtures.regenerate=true}
 * and review {@code git diff grader/fixtures} before committing it.
 */
@DisplayName("The grader, given a broken submission,")
class GraderFixturesTest {
  private final Grader grader = new Grader(TestKit.kit());

  @TempDir Path dir;

  @Test
  @DisplayName("grades the rest when one file does not compile")
  void fileThatDoesNotCompile() throws Exception {
    Grade grade = grade("does-not-compile");

    ExerciseGrade random = exercise(grade, "random-scheduler");
    assertThat(random.score())
        .as("random-scheduler, which does not compile, earns nothing")
        .isZero();
    assertThat(random.checks())
        .as("every check of random-scheduler explains the compile error")
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .as("the check quotes why the file was not graded and the compiler's words")
                    .contains("RandomScheduler.java was not graded because it does not compile")
                    .contains("';' expected"));
    assertThat(grade.exercises())
        .as("every other exercise keeps full marks")
        .filteredOn(e -> !e.exercise().id().equals("random-scheduler"))
        .allMatch(ExerciseGrade::passed);
  }

  @Test
  @DisplayName("grades the rest when a changed signature breaks the kit's tests")
  void signatureThatBreaksTheTests() throws Exception {
    Grade grade = grade("changed-signature");

    assertThat(exercise(grade, "random-scheduler").checks())
        .as("every check of random-scheduler says its tests no longer compile")
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .as("the check says the kit's tests no longer compile against the change")
                    .contains("the kit's tests for it no longer compile"));
    assertThat(exercise(grade, "round-robin-scheduler").passed())
        .as("round-robin-scheduler keeps full marks")
        .isTrue();
  }

  @Test
  @DisplayName(
      "runs a test that blocked once again alone, and charges only a test that blocks twice")
  void blockedTests() throws Exception {
    Grade grade = grade("blocked-twice");

    ExerciseGrade roundRobin = exercise(grade, "round-robin-scheduler");
    assertThat(roundRobin.checks())
        .as("only the test that blocks every time fails: the one that waited once passed alone")
        .filteredOn(check -> !check.passed())
        .singleElement()
        .satisfies(
            check ->
                assertThat(check.output())
                    .as("the failure says it blocked twice, the second time alone")
                    .contains("`RoundRobinScheduler.schedule` did not return")
                    .contains("seconds of wall time, having used only")
                    .contains("a second time, alone, in a fresh test JVM"));
  }

  @Test
  @DisplayName("fails only the test during which the code called System.exit")
  void systemExit() throws Exception {
    Grade grade = grade("system-exit");

    ExerciseGrade random = exercise(grade, "random-scheduler");
    assertThat(random.checks())
        .as("only the empty-list tests fail, each blaming System.exit")
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .as("the failure names System.exit")
                    .contains("System.exit"))
        .allSatisfy(
            check ->
                assertThat(check.name())
                    .as("the failing test is one about an empty list")
                    .containsIgnoringCase("empty"));
    assertThat(random.passedCount())
        .as("most tests of random-scheduler still pass")
        .isGreaterThan(random.checks().size() / 2);
  }

  @Test
  @DisplayName("reports an exception whose message holds a lone surrogate as that test's failure")
  void loneSurrogate() throws Exception {
    Grade grade = grade("lone-surrogate");

    ExerciseGrade random = exercise(grade, "random-scheduler");
    assertThat(random.checks())
        .filteredOn(check -> !check.passed())
        .as("the empty-list tests fail with the message, U+FFFD for the lone surrogate")
        .isNotEmpty()
        .allSatisfy(check -> assertThat(check.output()).contains("no machines \uFFFD left"))
        .allSatisfy(check -> assertThat(check.output()).doesNotContain("System.exit"));
    assertThat(random.passedCount())
        .as("every other test still passes")
        .isGreaterThan(random.checks().size() / 2);
  }

  @Test
  @DisplayName("fails only the test that exhausted the heap, and says so")
  void outOfMemory() throws Exception {
    Grade grade = grade("unbounded-allocation");

    ExerciseGrade random = exercise(grade, "random-scheduler");
    assertThat(random.checks())
        .as("only the tests that allocate fail, each blaming the heap limit")
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .as("the failure names the memory limit")
                    .contains("MB of memory"));
    assertThat(random.passedCount())
        .as("most tests of random-scheduler still pass")
        .isGreaterThan(random.checks().size() / 2);
  }

  @Test
  @DisplayName("takes a zip's student files from any folder, and ignores entries that escape")
  void zipWithEscapingEntries() throws Exception {
    Grade grade = grade("zip-any-folder");

    assertThat(exercise(grade, "random-scheduler").passed())
        .as("the solved RandomScheduler taken from the zip passes")
        .isTrue();
    assertThat(grade.problems())
        .as("both escaping entries are reported as problems")
        .anyMatch(p -> p.contains("../../etc/evil.java") && p.contains("must stay inside"))
        .anyMatch(p -> p.contains("/tmp/absolute.java"));
  }

  @Test
  @DisplayName("grades a missing file as the untouched stub and says which file was missing")
  void missingFile() throws Exception {
    Grade grade = grade("missing-file");

    ExerciseGrade roundRobin = exercise(grade, "round-robin-scheduler");
    assertThat(roundRobin.score()).as("the exercise whose file is missing earns nothing").isZero();
    assertThat(roundRobin.problems())
        .as("the one problem says the file is missing")
        .singleElement()
        .asString()
        .contains("is missing");
    assertThat(exercise(grade, "random-scheduler").passed())
        .as("the other exercises keep full marks")
        .isTrue();
  }

  @Test
  @DisplayName("writes Gradescope's results.json with every check and its visibility")
  void gradescopeResults() throws Exception {
    Path results = dir.resolve("out/results.json");
    Grade grade = grader.grade(TestKit.pristine(dir), GradeOptions.only("scheduler-split"));

    GradescopeReport.write(grade, results);

    var json = new ObjectMapper().readTree(results.toFile());
    assertThat(json.get("score").asDouble()).as("the untouched kit scores zero").isZero();
    assertThat(json.get("extra_data").get("max_score").asDouble())
        .as("extra_data.max_score is the grade's maximum")
        .isEqualTo(grade.maxScore());
    assertThat(json.get("tests"))
        .as("one test per check, each complete")
        .hasSize(exercise(grade, "scheduler-split").checks().size())
        .allSatisfy(
            test -> {
              assertThat(test.get("status").asText())
                  .as("the stub's check failed")
                  .isEqualTo("failed");
              assertThat(test.get("visibility").asText())
                  .as("visibility is one Gradescope knows")
                  .isIn("visible", "after_published");
              assertThat(test.get("name").asText())
                  .as("the test name starts with its exercise")
                  .startsWith("scheduler-split: ");
              assertThat(test.has("max_score")).as("each test has a max_score").isTrue();
              assertThat(test.has("output")).as("each test has an output").isTrue();
            });
  }

  private static ExerciseGrade exercise(Grade grade, String id) {
    return grade.exercises().stream()
        .filter(e -> e.exercise().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Hands the fixture {@code name} in, grades it as its scenario says, and holds the grade to the
   * fixture's expected grade.
   */
  private Grade grade(String name) throws Exception {
    FixtureScenario scenario = GoldenFixtures.scenario(name);
    Path submission = GoldenFixtures.handIn(name, Files.createDirectories(dir.resolve("class")));
    Grade grade = grader.grade(submission, scenario.grading().options());
    GoldenFixtures.assertGrade(
        name,
        ExpectedGrade.of(
            GradescopeReport.toJson(grade),
            FeedbackReport.render(name, grade),
            scenario.says(),
            submission));
    return grade;
  }
}
