package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
