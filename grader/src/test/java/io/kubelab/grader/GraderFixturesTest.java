package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden submissions the grader must survive: each one breaks in a different way, and each must
 * cost only the exercise it breaks, with a message the student can act on.
 */
@DisplayName("The grader, given a broken submission,")
class GraderFixturesTest {
  private static final String RANDOM = "src/main/java/io/kubelab/scheduler/RandomScheduler.java";
  private static final String ROUND_ROBIN =
      "src/main/java/io/kubelab/scheduler/RoundRobinScheduler.java";
  private static final Limits FAST = new Limits(Duration.ofSeconds(2), Duration.ofSeconds(90), 128);

  private final Grader grader = new Grader(TestKit.kit());

  @TempDir Path dir;

  @Test
  @DisplayName("grades the rest when one file does not compile")
  void fileThatDoesNotCompile() throws Exception {
    Path submission = TestKit.solved(dir);
    edit(submission, RANDOM, "return machines.get(index);", "return machines.get(index)");

    Grade grade = grader.grade(submission, Grader.Options.full());

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
    Path submission = TestKit.solved(dir);
    edit(
        submission,
        RANDOM,
        "public RandomScheduler(RandomGenerator random) {\n    this.random =",
        "public RandomScheduler(long seed, RandomGenerator random) {\n    this.random =");

    Grade grade = grader.grade(submission, Grader.Options.full());

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
    Path submission = TestKit.solved(dir);
    // The first four-machine test waits once, as on a machine too busy to let it finish; the test
    // that schedules onto "solo" blocks every time, as in a deadlock.
    edit(
        submission,
        ROUND_ROBIN,
        "    int size = machines.size();",
        "    if (machines.size() == 4 && new java.io.File(\"waited-once\").mkdir()) {\n"
            + "      try {\n        Thread.sleep(600_000);\n      } catch (InterruptedException e) {\n"
            + "        Thread.currentThread().interrupt();\n      }\n    }\n"
            + "    while (machines.contains(\"solo\")) {\n      try {\n"
            + "        Thread.sleep(600_000);\n      } catch (InterruptedException e) {\n"
            + "        Thread.currentThread().interrupt();\n      }\n    }\n"
            + "    int size = machines.size();");
    Limits shortWall =
        new Limits(
            Duration.ofSeconds(2),
            Duration.ofSeconds(120),
            128,
            Limits.OUTPUT_BYTES,
            Limits.RESUMES,
            Duration.ofSeconds(8));

    Grade grade =
        grader.grade(
            submission, new Grader.Options(true, List.of("round-robin-scheduler"), shortWall));

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
    Path submission = TestKit.solved(dir);
    edit(
        submission,
        RANDOM,
        "    if (machines == null || machines.isEmpty()) {",
        "    if (machines != null && machines.isEmpty()) {\n      System.exit(0);\n    }\n"
            + "    if (machines == null || machines.isEmpty()) {");

    Grade grade =
        grader.grade(submission, new Grader.Options(true, List.of("random-scheduler"), FAST));

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
    Path submission = TestKit.solved(dir);
    edit(
        submission,
        RANDOM,
        "    if (machines == null || machines.isEmpty()) {",
        "    if (machines != null && machines.isEmpty()) {\n"
            + "      throw new IllegalStateException(\"no machines \\uD800 left\");\n    }\n"
            + "    if (machines == null || machines.isEmpty()) {");

    Grade grade =
        grader.grade(submission, new Grader.Options(true, List.of("random-scheduler"), FAST));

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
    Path submission = TestKit.solved(dir);
    edit(
        submission,
        RANDOM,
        "    if (machines == null || machines.isEmpty()) {",
        "    if (machines != null && machines.isEmpty()) {\n"
            + "      java.util.List<long[]> hog = new java.util.ArrayList<>();\n"
            + "      while (hog.size() >= 0) {\n        hog.add(new long[1 << 20]);\n      }\n    }\n"
            + "    if (machines == null || machines.isEmpty()) {");

    Grade grade =
        grader.grade(submission, new Grader.Options(true, List.of("random-scheduler"), FAST));

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
    Path solved = TestKit.solved(dir);
    Path zip = dir.resolve("alice.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      add(out, "alice/exercises/" + RANDOM, Files.readAllBytes(solved.resolve(RANDOM)));
      add(out, "../../etc/evil.java", "class Evil {}".getBytes());
      add(out, "/tmp/absolute.java", "class Absolute {}".getBytes());
    }

    Grade grade = grader.grade(zip, Grader.Options.only("random-scheduler"));

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
    Path submission = TestKit.solved(dir);
    Files.delete(submission.resolve(ROUND_ROBIN));

    Grade grade = grader.grade(submission, Grader.Options.full());

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
    Grade grade = grader.grade(TestKit.pristine(dir), Grader.Options.only("scheduler-split"));

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

  private static void edit(Path exercises, String file, String from, String to) throws IOException {
    Path path = exercises.resolve(file);
    String source = Files.readString(path);
    assertThat(source).as("fixture anchor in %s", file).contains(from);
    Files.writeString(path, source.replace(from, to));
  }

  private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    OutputStream entry = out;
    entry.write(bytes);
    out.closeEntry();
  }
}
