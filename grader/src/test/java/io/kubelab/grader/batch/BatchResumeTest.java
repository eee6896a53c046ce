package io.kubelab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.jvm.TestJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** grade-all keeps every grade it completed and grades each submission once, even when killed. */
@DisplayName("grade-all, run again,")
class BatchResumeTest {
  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";
  private static final GradeOptions ONE_EXERCISE = GradeOptions.only("string-set");

  @TempDir Path dir;

  @Test
  @DisplayName("skips unchanged submissions and grades only the one that changed")
  void gradesOnlyWhatChanged() throws Exception {
    Path classDir = classOf(3);

    BatchReport first = gradeAll(classDir, dir.resolve("out"));
    BatchReport second = gradeAll(classDir, dir.resolve("out"));
    Files.copy(
        TestKit.kit().exercises().resolve(STRING_SET),
        classDir.resolve("student-1").resolve(STRING_SET),
        StandardCopyOption.REPLACE_EXISTING);
    BatchReport third = gradeAll(classDir, dir.resolve("out"));

    assertThat(statuses(first))
        .as("the first run grades every student")
        .containsOnlyKeys(StudentResult.Status.GRADED);
    assertThat(statuses(second))
        .as("a second run over an unchanged class grades nobody again")
        .containsOnlyKeys(StudentResult.Status.UNCHANGED);
    assertThat(statuses(third))
        .as("only the student whose submission changed is graded again")
        .containsEntry(StudentResult.Status.GRADED, List.of("student-1"))
        .containsEntry(StudentResult.Status.UNCHANGED, List.of("student-0", "student-2"));
    assertThat(Files.readAllLines(dir.resolve("out/gradebook.csv")))
        .as("gradebook rows: student, name, source, status, total")
        .anyMatch(line -> line.startsWith("student-1,student-1,student-1,graded,0.00,"))
        .anyMatch(line -> line.startsWith("student-0,student-0,student-0,unchanged,30.00,"));
    assertThat(dir.resolve("out/.lock")).as("no lock file left behind").doesNotExist();
  }

  @Test
  @DisplayName("after a SIGKILL, grades exactly the submissions that were not complete")
  void survivesSigkill() throws Exception {
    Path classDir = classOf(6);
    Path out = dir.resolve("out");
    Path journal = out.resolve("grade-all.log");

    Process grader = startGradeAll(classDir, out);
    // A cap for a grader that never records a grade, not a verdict: on a machine at load 40 two
    // gradings took more than three minutes, and the test must pass there as it does idle.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
    while (doneLines(journal).size() < 2 && grader.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    grader.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
    grader.waitFor();
    List<String> completeBeforeKill = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      if (Files.exists(out.resolve("student-" + i).resolve("grade.json"))) {
        completeBeforeKill.add("student-" + i);
      }
    }
    BatchReport resumed = gradeAll(classDir, out);

    assertThat(completeBeforeKill).as("graded before the kill").hasSizeBetween(2, 5);
    assertThat(statuses(resumed).get(StudentResult.Status.UNCHANGED))
        .as("the students finished before the kill are kept, not graded again")
        .containsExactlyElementsOf(completeBeforeKill);
    assertThat(resumed.outcomes())
        .as("every student of the resumed run has a record with full marks")
        .allSatisfy(
            outcome -> assertThat(outcome.record()).as("the student has a record").isPresent())
        .allSatisfy(
            outcome ->
                assertThat(outcome.record().get().score())
                    .as("the solved submission scores 30")
                    .isEqualTo(30.0));
    assertThat(doneLines(journal).stream().collect(Collectors.groupingBy(Function.identity())))
        .as("the journal records each student once")
        .allSatisfy((student, lines) -> assertThat(lines).as(student).hasSize(1));
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(Path::toString))
          .as("no half-written file is left behind")
          .noneMatch(name -> name.endsWith(".part"));
    }
  }

  /** A class of solved submissions named student-0, student-1, ... */
  private Path classOf(int students) throws IOException {
    Path solved = TestKit.solved(dir.resolve("solved"));
    Path classDir = Files.createDirectories(dir.resolve("class"));
    for (int i = 0; i < students; i++) {
      TestKit.copyTree(solved, classDir.resolve("student-" + i));
    }
    return classDir;
  }

  private static BatchReport gradeAll(Path classDir, Path out) throws Exception {
    return new BatchGrader(
            TestKit.kit(),
            out,
            new BatchOptions(2, ONE_EXERCISE, false),
            BatchGrader.Listener.QUIET)
        .run(classDir);
  }

  /** Starts {@code kubelab grade-all} as its own process, as an instructor's shell would. */
  private static Process startGradeAll(Path classDir, Path out) throws IOException {
    List<String> command =
        new JavaCommand()
            .property("kubelab.home", TestKit.kit().root())
            .classpath(TestJvm.ownClasspath())
            .main(
                "io.kubelab.grader.cli.Main",
                List.of(
                    "grade-all",
                    classDir.toString(),
                    "--out",
                    out.toString(),
                    "--jobs",
                    "1",
                    "--exercise",
                    "string-set"))
            .toList();
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<String> doneLines(Path journal) throws IOException {
    if (!Files.exists(journal)) {
      return List.of();
    }
    return Files.readAllLines(journal).stream()
        .map(line -> line.split(" "))
        .filter(fields -> fields.length >= 3 && fields[1].equals("done"))
        .map(fields -> fields[2])
        .toList();
  }

  private static Map<StudentResult.Status, List<String>> statuses(BatchReport report) {
    return report.outcomes().stream()
        .collect(
            Collectors.groupingBy(
                StudentResult::status,
                Collectors.mapping(outcome -> outcome.entry().student(), Collectors.toList())));
  }
}
