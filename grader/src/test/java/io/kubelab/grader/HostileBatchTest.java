package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.batch.BatchGrader;
import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.batch.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
 * the grader, graded together by {@code grade-all}. For each: grading finishes, the correct
 * student's grade is untouched, and the student's feedback says in plain words what happened and
 * which exercise it cost. The table of what the grader reported goes to {@code
 * target/hostile-fixtures.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("grade-all, given a class with hostile and broken submissions,")
class HostileBatchTest {
  private static final String RANDOM = "src/main/java/io/kubelab/scheduler/RandomScheduler.java";
  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";
  private static final String RANDOM_TEST =
      "src/test/java/io/kubelab/scheduler/RandomSchedulerTest.java";
  private static final String EMPTY_CHECK = "    if (machines == null || machines.isEmpty()) {";
  private static final String STUB_CLASS =
      "public final class RandomScheduler implements Scheduler {";
  private static final Limits FAST =
      new Limits(Duration.ofSeconds(2), Duration.ofSeconds(90), 128, Limits.OUTPUT_BYTES);

  /** What a fixture must cost: random-scheduler's points, and what its feedback must say. */
  private enum Cost {
    NOTHING,
    SOME,
    ALL
  }

  private record Fixture(String name, Cost randomScheduler, boolean stringSetFull, String says) {}

  private static final List<Fixture> FIXTURES =
      List.of(
          new Fixture("correct", Cost.NOTHING, true, ""),
          new Fixture("busy-loop", Cost.SOME, true, "timed out"),
          new Fixture("system-exit", Cost.SOME, true, "System.exit"),
          new Fixture("unbounded-allocation", Cost.SOME, true, "MB of memory"),
          new Fixture("stack-overflow", Cost.SOME, true, "StackOverflowError"),
          new Fixture("non-daemon-thread", Cost.NOTHING, true, ""),
          new Fixture("output-flood", Cost.SOME, true, "printed more than 8 MB"),
          new Fixture("fake-results", Cost.ALL, true, "did not write; they were ignored"),
          new Fixture("changed-tests", Cost.ALL, true, "were not used"),
          new Fixture("archive-escapes", Cost.ALL, true, "must stay inside the archive"),
          new Fixture("non-utf8", Cost.NOTHING, true, "is not valid UTF-8"),
          new Fixture("missing-and-extra", Cost.ALL, true, "belong to no exercise"),
          new Fixture("does-not-compile", Cost.ALL, true, "does not compile"),
          new Fixture("git-head", Cost.NOTHING, true, ""),
          new Fixture("corrupt-zip", Cost.ALL, false, "could not be read"));

  private Path dir;
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private Path out;
  private BatchReport report;

  @BeforeAll
  void gradeTheClass(@TempDir Path temp) throws Exception {
    dir = temp;
    Path solved = TestKit.solved(dir.resolve("solved"));
    Path pristine = TestKit.pristine(dir.resolve("pristine"));
    Path classDir = Files.createDirectories(dir.resolve("class"));
    for (Fixture fixture : FIXTURES) {
      build(fixture.name(), classDir, solved, pristine);
    }
    out = dir.resolve("out");
    report =
        new BatchGrader(
                TestKit.kit(),
                out,
                new BatchGrader.Options(
                    2,
                    new Grader.Options(true, List.of("random-scheduler", "string-set"), FAST),
                    false),
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
    Outcome outcome = outcomes.get(fixture.name());
    assertThat(outcome.status()).as(outcome.error()).isEqualTo(Outcome.Status.GRADED);
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
    assertThat(feedback).as("the feedback says what the fixture cost").contains(fixture.says());
    var results =
        new ObjectMapper().readTree(out.resolve(fixture.name()).resolve("results.json").toFile());
    assertThat(results.get("score").asDouble())
        .as("results.json has the score the gradebook records")
        .isCloseTo(outcome.record().get().score(), Offset.offset(1e-4));
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

  private void build(String name, Path classDir, Path solved, Path pristine) throws IOException {
    Path submission = classDir.resolve(name);
    switch (name) {
      case "correct" -> TestKit.copyTree(solved, submission);
      case "busy-loop" ->
          edit(
              copy(solved, submission),
              RANDOM,
              EMPTY_CHECK,
              "    while (machines != null && machines.isEmpty()) {\n"
                  + "      Thread.onSpinWait();\n    }\n"
                  + EMPTY_CHECK);
      case "system-exit" ->
          edit(
              copy(solved, submission),
              RANDOM,
              EMPTY_CHECK,
              "    if (machines != null && machines.isEmpty()) {\n      System.exit(0);\n    }\n"
                  + EMPTY_CHECK);
      case "unbounded-allocation" ->
          edit(
              copy(solved, submission),
              RANDOM,
              EMPTY_CHECK,
              "    if (machines != null && machines.isEmpty()) {\n"
                  + "      java.util.List<long[]> hog = new java.util.ArrayList<>();\n"
                  + "      while (hog.size() >= 0) {\n        hog.add(new long[1 << 20]);\n      }\n"
                  + "    }\n"
                  + EMPTY_CHECK);
      case "stack-overflow" ->
          edit(
              copy(solved, submission),
              RANDOM,
              EMPTY_CHECK,
              "    if (machines != null && machines.isEmpty()) {\n"
                  + "      return schedule(pod, minionLister);\n    }\n"
                  + EMPTY_CHECK);
      case "non-daemon-thread" ->
          edit(
              copy(solved, submission),
              RANDOM,
              STUB_CLASS,
              STUB_CLASS
                  + "\n  static {\n"
                  + "    Thread forever = new Thread(() -> {\n"
                  + "      while (true) {\n"
                  + "        try {\n          Thread.sleep(60_000);\n"
                  + "        } catch (InterruptedException ignored) {\n        }\n"
                  + "      }\n    });\n"
                  + "    forever.setDaemon(false);\n    forever.start();\n  }\n");
      case "output-flood" ->
          edit(
              copy(solved, submission),
              RANDOM,
              EMPTY_CHECK,
              "    if (machines != null && machines.isEmpty()) {\n"
                  + "      byte[] line = new byte[1 << 20];\n"
                  + "      java.util.Arrays.fill(line, (byte) 'x');\n"
                  + "      for (int i = 0; i < 100; i++) {\n"
                  + "        System.out.write(line, 0, line.length);\n      }\n    }\n"
                  + EMPTY_CHECK);
      case "fake-results" ->
          edit(
              stubbed(solved, pristine, submission), RANDOM, STUB_CLASS, STUB_CLASS + FAKE_RESULTS);
      case "changed-tests" -> {
        stubbed(solved, pristine, submission);
        Files.writeString(
            submission.resolve(RANDOM_TEST),
            "package io.kubelab.scheduler;\n\nclass RandomSchedulerTest {\n"
                + "  @org.junit.jupiter.api.Test\n  void passes() {}\n}\n");
        Files.writeString(
            submission.resolve("src/main/java/io/kubelab/api/Pod.java"),
            "\n// a support class, changed\n",
            StandardOpenOption.APPEND);
      }
      case "archive-escapes" -> archiveWithEscapes(classDir.resolve(name + ".zip"), solved);
      case "non-utf8" -> {
        copy(solved, submission);
        Path file = submission.resolve(STRING_SET);
        byte[] source = Files.readAllBytes(file);
        byte[] comment = "// caf\u00e9, saved as Latin-1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin1 = new byte[comment.length + source.length];
        System.arraycopy(comment, 0, latin1, 0, comment.length);
        System.arraycopy(source, 0, latin1, comment.length, source.length);
        Files.write(file, latin1);
      }
      case "missing-and-extra" -> {
        copy(solved, submission);
        Files.delete(submission.resolve(RANDOM));
        Files.writeString(
            submission.resolve("src/main/java/io/kubelab/scheduler/Extra.java"),
            "package io.kubelab.scheduler;\n\nclass Extra {}\n");
      }
      case "does-not-compile" ->
          edit(
              copy(solved, submission),
              RANDOM,
              "return machines.get(index);",
              "return machines.get(index)");
      case "git-head" -> {
        copy(solved, submission);
        git(submission, "init", "-q");
        git(submission, "add", "-A");
        git(
            submission,
            "-c",
            "user.name=kubelab",
            "-c",
            "user.email=kubelab@localhost",
            "commit",
            "-q",
            "-m",
            "solved");
        // Not committed, so not graded: the grade is of HEAD.
        edit(submission, RANDOM, "return machines.get(index);", "return machines.get(index)");
      }
      case "corrupt-zip" ->
          Files.write(classDir.resolve(name + ".zip"), "not a zip at all".getBytes());
      default -> throw new IllegalArgumentException(name);
    }
  }

  /** A pristine stub that reports a perfect score every way a student could try. */
  private static final String FAKE_RESULTS =
      """

        static {
          System.out.println("{\\"score\\": 240, \\"tests\\": [{\\"status\\": \\"passed\\"}]}");
          java.io.File[] files = new java.io.File(".").listFiles();
          for (java.io.File file : files == null ? new java.io.File[0] : files) {
            if (file.getName().startsWith("results-")) {
              try (java.io.FileWriter writer = new java.io.FileWriter(file, true)) {
                writer.write("{\\"event\\":\\"done\\"}\\n");
                writer.write("00 {\\"event\\":\\"result\\",\\"id\\":\\"x\\",\\"status\\":\\"passed\\"}\\n");
              } catch (java.io.IOException ignored) {
              }
            }
          }
        }
      """;

  private static void archiveWithEscapes(Path zip, Path solved) throws IOException {
    try (ZipArchiveOutputStream archive = new ZipArchiveOutputStream(zip.toFile())) {
      add(archive, "bob/exercises/" + STRING_SET, Files.readAllBytes(solved.resolve(STRING_SET)));
      add(archive, "../../etc/cron.d/evil", "* * * * * root true\n".getBytes());
      add(archive, "/tmp/absolute.java", "class Absolute {}".getBytes());
      ZipArchiveEntry link = new ZipArchiveEntry("bob/exercises/" + RANDOM);
      link.setUnixMode(0120777);
      archive.putArchiveEntry(link);
      archive.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
      archive.closeArchiveEntry();
    }
  }

  private static void add(ZipArchiveOutputStream archive, String name, byte[] bytes)
      throws IOException {
    archive.putArchiveEntry(new ZipArchiveEntry(name));
    archive.write(bytes);
    archive.closeArchiveEntry();
  }

  /** The solved kit with RandomScheduler left as its stub. */
  private static Path stubbed(Path solved, Path pristine, Path to) throws IOException {
    copy(solved, to);
    Files.copy(pristine.resolve(RANDOM), to.resolve(RANDOM), StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  private static Path copy(Path from, Path to) throws IOException {
    TestKit.copyTree(from, to);
    return to;
  }

  private static void edit(Path exercises, String file, String from, String to) throws IOException {
    Path path = exercises.resolve(file);
    String source = Files.readString(path);
    assertThat(source).as("fixture anchor in %s", file).contains(from);
    Files.writeString(path, source.replace(from, to));
  }

  private static void git(Path repository, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    try {
      int status = new ProcessBuilder(command).inheritIO().start().waitFor();
      assertThat(status).as("git %s", String.join(" ", args)).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The table for the closing notes of grader changes: what each fixture was told. */
  private void writeTable() throws IOException {
    StringBuilder md =
        new StringBuilder(
            "| fixture | random-scheduler | string-set | seconds | what the student was told |\n"
                + "|---|---:|---:|---:|---|\n");
    for (Fixture fixture : FIXTURES) {
      Outcome outcome = outcomes.get(fixture.name());
      if (outcome == null || outcome.record().isEmpty()) {
        md.append("| ").append(fixture.name()).append(" | not graded | | | |\n");
        continue;
      }
      String feedback = Files.readString(out.resolve(fixture.name()).resolve("feedback.md"));
      String told =
          fixture.says().isEmpty()
              ? "(nothing: full marks)"
              : feedback
                  .lines()
                  .filter(line -> line.contains(fixture.says()))
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
