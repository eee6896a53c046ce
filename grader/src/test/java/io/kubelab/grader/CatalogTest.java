package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The catalog")
class CatalogTest {
  private final Kit kit = TestKit.kit();

  @Test
  @DisplayName("names every lesson file, student file, solution and test class that exists")
  void everyEntryExists() {
    for (Lesson lesson : kit.catalog().lessons()) {
      assertThat(kit.root().resolve(lesson.file())).as("lesson %s", lesson.id()).isRegularFile();
      assertThat(lesson.epilogueOf(read(kit.root().resolve(lesson.file()))))
          .as(
              "the epilogue section of lesson %s, under the heading '%s'",
              lesson.id(), lesson.epilogue())
          .startsWith("## " + lesson.epilogue())
          .contains("\n");
    }
    for (Exercise exercise : kit.catalog().exercises()) {
      for (String file : exercise.files()) {
        assertThat(kit.exercises().resolve(file)).as("stub of %s", exercise.id()).isRegularFile();
        assertThat(kit.solutions().resolve(file))
            .as("solution of %s", exercise.id())
            .isRegularFile();
      }
      for (String test : exercise.tests()) {
        assertThat(kit.exercises().resolve("src/test/java/" + test.replace('.', '/') + ".java"))
            .as("visible test of %s", exercise.id())
            .isRegularFile();
      }
      for (String test : exercise.hiddenTests()) {
        assertThat(kit.hiddenTests().resolve(test.replace('.', '/') + ".java"))
            .as("hidden test of %s", exercise.id())
            .isRegularFile();
      }
      assertThat(exercise.hints()).as("hints of %s", exercise.id()).isNotEmpty();
      assertThat(exercise.points()).as("points of %s", exercise.id()).isNotNegative();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("gives lessons and exercises unique ids, and test classes one exercise each")
  void idsAreUnique() {
    List<String> lessonIds = kit.catalog().lessons().stream().map(Lesson::id).toList();
    List<String> exerciseIds = kit.catalog().exercises().stream().map(Exercise::id).toList();
    List<String> testClasses =
        kit.catalog().exercises().stream().flatMap(e -> e.allTests().stream()).toList();

    assertThat(lessonIds).as("no two lessons share an id").doesNotHaveDuplicates();
    assertThat(exerciseIds).as("no two exercises share an id").doesNotHaveDuplicates();
    assertThat(testClasses).as("no test class belongs to two exercises").doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("lists a file under every exercise whose region it holds, and under no other")
  void fileOwnersMatchRegions() throws IOException {
    for (Exercise exercise : kit.catalog().exercises()) {
      for (String file : exercise.files()) {
        List<String> regionOwners =
            Files.readAllLines(kit.exercises().resolve(file)).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("// BEGIN EXERCISE "))
                .map(line -> line.substring("// BEGIN EXERCISE ".length()))
                .distinct()
                .toList();
        List<String> catalogOwners =
            kit.catalog().exercisesForFile(file).stream().map(Exercise::id).toList();

        assertThat(regionOwners)
            .as("exercise regions in %s", file)
            .hasSameElementsAs(catalogOwners);
      }
    }
  }

  @Test
  @DisplayName("is the only list of exercises: solutions/ holds exactly the catalog's files")
  void solutionsHoldOnlyCatalogFiles() throws IOException {
    List<String> catalogFiles =
        kit.catalog().exercises().stream().flatMap(e -> e.files().stream()).toList();
    List<String> solutionFiles;
    try (Stream<Path> files = Files.walk(kit.solutions())) {
      solutionFiles =
          files
              .filter(Files::isRegularFile)
              .map(f -> kit.solutions().relativize(f).toString())
              .toList();
    }

    assertThat(new HashSet<>(solutionFiles))
        .as("the solutions hold exactly the files the catalog lets students edit")
        .isEqualTo(new HashSet<>(catalogFiles));
  }
}
