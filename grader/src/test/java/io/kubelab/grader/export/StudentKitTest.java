package io.kubelab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.ExerciseRegions;
import io.kubelab.grader.KubelabProcess;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.report.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The student kit")
class StudentKitTest {

  @Test
  @DisplayName("holds the lessons, exercises and launcher, but no solutions or hidden tests")
  void leavesTheAnswersBehind(@TempDir Path dir) throws IOException {
    Path exported = dir.resolve("kit");

    StudentKit.export(TestKit.kit(), exported);

    assertThat(exported.resolve("kubelab"))
        .as("the student kit has the kubelab command, executable")
        .isExecutable();
    assertThat(exported.resolve("catalog.toml"))
        .as("the student kit has the catalog")
        .isRegularFile();
    assertThat(exported.resolve("exercises/pom.xml"))
        .as("the student kit has the exercises' build")
        .isRegularFile();
    assertThat(exported.resolve("lessons")).as("the student kit has the lessons").isDirectory();
    assertThat(exported.resolve("grader/src/main"))
        .as("the student kit has the grader's sources")
        .isDirectory();
    assertThat(exported.resolve("solutions")).as("the student kit has no solutions").doesNotExist();
    assertThat(exported.resolve("grader/hidden"))
        .as("the student kit has no hidden tests")
        .doesNotExist();
    assertThat(exported.resolve("grader/src/test"))
        .as("the student kit has no tests of the grader")
        .doesNotExist();
  }

  @Test
  @DisplayName("contains no solution's code anywhere")
  void noSolutionBodyAnywhere(@TempDir Path dir) throws IOException {
    Kit kit = TestKit.kit();
    Path exported = dir.resolve("kit");
    StudentKit.export(kit, exported);
    List<String> exportedTexts;
    try (Stream<Path> files = Files.walk(exported)) {
      exportedTexts = files.filter(Files::isRegularFile).map(StudentKitTest::read).toList();
    }

    for (Exercise exercise : kit.catalog().exercises()) {
      for (String file : exercise.files()) {
        for (String region :
            ExerciseRegions.of(Files.readString(kit.solutions().resolve(file))).inside()) {
          // A region's code, whitespace-normalized, must not appear in any exported file.
          String code = normalize(region);
          if (code.length() < 30) {
            continue; // too short to be an answer (an empty region, a single call)
          }
          assertThat(exportedTexts)
              .as("solution region of %s in %s", exercise.id(), file)
              .noneMatch(text -> normalize(text).contains(code));
        }
      }
    }
  }

  @Test
  @DisplayName("has a README of its own, for students, whose every relative link resolves")
  void readmeForStudents(@TempDir Path dir) throws IOException {
    Path exported = dir.resolve("kit");
    StudentKit.export(TestKit.kit(), exported);
    String readme = Files.readString(exported.resolve("README.md"));

    assertThat(readme)
        .as("the student kit's README")
        .contains(LessonTable.render(TestKit.kit().catalog()))
        .contains("not your grade", "hidden checks run as well")
        .doesNotContain("## As an instructor", "grade-all", "solutions/", "CONTRIBUTING")
        .doesNotContain("visible and hidden tests, scored", "grader/hidden");
    List<Path> markdown;
    try (Stream<Path> files = Files.walk(exported)) {
      markdown = files.filter(file -> file.toString().endsWith(".md")).toList();
    }
    assertThat(markdown).as("Markdown files of the student kit").isNotEmpty();
    for (Path file : markdown) {
      Matcher link = RELATIVE_LINK.matcher(Files.readString(file));
      while (link.find()) {
        Path target = file.getParent().resolve(link.group(1).replaceFirst("#.*", ""));
        assertThat(target)
            .as("the link (%s) in %s", link.group(1), exported.relativize(file))
            .exists();
      }
    }
  }

  @Test
  @DisplayName("scores only the visible tests, says so first, and never calls it a grade")
  void gradeSaysVisibleTestsOnly(@TempDir Path dir) throws Exception {
    Path exported = dir.resolve("kit");
    StudentKit.export(TestKit.kit(), exported);
    TestKit.copyTree(TestKit.kit().solutions(), exported.resolve("exercises"));

    KubelabProcess.Run run =
        KubelabProcess.run(
            exported,
            env -> {},
            "grade",
            exported.resolve("exercises").toString(),
            "--exercise",
            "random-scheduler");

    assertThat(Kit.open(exported).hasHiddenTests())
        .as("the student kit has hidden tests")
        .isFalse();
    assertThat(run.status()).as("exit status of grade:%n%s", run.output()).isZero();
    assertThat(run.output().lines().findFirst().orElse(""))
        .as("the first line of grade in the student kit")
        .isEqualTo(TextReport.VISIBLE_ONLY);
    assertThat(run.output())
        .as("grade's report in the student kit")
        .contains("visible checks passed")
        .containsPattern("(?m)^visible tests +40\\.0 / 40\\.0")
        .doesNotContainPattern("(?m)^total ");
  }

  private static final Pattern RELATIVE_LINK =
      Pattern.compile("\\]\\((?!https?:|#|mailto:)([^)\\s]+)\\)");

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
