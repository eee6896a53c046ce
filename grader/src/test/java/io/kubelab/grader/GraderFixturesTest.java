package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(random.score()).isZero();
    assertThat(random.checks())
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .contains("RandomScheduler.java was not graded because it does not compile")
                    .contains("';' expected"));
    assertThat(grade.exercises())
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
        .allSatisfy(
            check ->
                assertThat(check.output()).contains("the kit's tests for it no longer compile"));
    assertThat(exercise(grade, "round-robin-scheduler").passed()).isTrue();
  }

  @Test
  @DisplayName("fails only the tests that hang in a loop that ignores interrupts")
  void busyLoop() throws Exception {
    Path submission = TestKit.solved(dir);
    edit(
        submission,
        ROUND_ROBIN,
        "    int size = machines.size();",
        "    while (machines.size() == 4) {\n      Thread.onSpinWait();\n    }\n    int size ="
            + " machines.size();");

    Grade grade =
        grader.grade(
            submission,
            new Grader.Options(true, List.of("round-robin-scheduler", "scheduler-split"), FAST));

    ExerciseGrade roundRobin = exercise(grade, "round-robin-scheduler");
    assertThat(roundRobin.checks())
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(check -> assertThat(check.output()).containsIgnoringCase("timed out"));
    assertThat(roundRobin.checks()).anyMatch(Check::passed);
    assertThat(exercise(grade, "scheduler-split").passed())
        .as(
            "scheduler-split untouched by the busy loop; its failed checks: "
                + exercise(grade, "scheduler-split").checks().stream()
                    .filter(check -> !check.passed())
                    .map(check -> check.name() + ": " + check.output())
                    .toList())
        .isTrue();
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
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(check -> assertThat(check.output()).contains("System.exit"))
        .allSatisfy(check -> assertThat(check.name()).containsIgnoringCase("empty"));
    assertThat(random.passedCount()).isGreaterThan(random.checks().size() / 2);
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
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(check -> assertThat(check.output()).contains("MB of memory"));
    assertThat(random.passedCount()).isGreaterThan(random.checks().size() / 2);
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

    assertThat(exercise(grade, "random-scheduler").passed()).isTrue();
    assertThat(grade.problems())
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
    assertThat(roundRobin.score()).isZero();
    assertThat(roundRobin.problems()).singleElement().asString().contains("is missing");
    assertThat(exercise(grade, "random-scheduler").passed()).isTrue();
  }

  @Test
  @DisplayName("writes Gradescope's results.json with every check and its visibility")
  void gradescopeResults() throws Exception {
    Path results = dir.resolve("out/results.json");
    Grade grade = grader.grade(TestKit.pristine(dir), Grader.Options.only("scheduler-split"));

    GradescopeReport.write(grade, results);

    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(results.toFile());
    assertThat(json.get("score").asDouble()).isZero();
    assertThat(json.get("extra_data").get("max_score").asDouble()).isEqualTo(grade.maxScore());
    assertThat(json.get("tests"))
        .hasSize(exercise(grade, "scheduler-split").checks().size())
        .allSatisfy(
            test -> {
              assertThat(test.get("status").asText()).isEqualTo("failed");
              assertThat(test.get("visibility").asText()).isIn("visible", "after_published");
              assertThat(test.get("name").asText()).startsWith("scheduler-split: ");
              assertThat(test.has("max_score")).isTrue();
              assertThat(test.has("output")).isTrue();
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
