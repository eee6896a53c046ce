package io.kubelab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.TestKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
      assertThat(exercise.cpuBudget())
          .as("cpu_seconds of %s: every exercise sizes its tests' CPU budget", exercise.id())
          .isPresent();
    }
  }

  @Test
  @DisplayName("refuses a CPU budget per test below half a second or above a minute")
  void cpuBudgetsAreBounded(@TempDir Path dir) throws IOException {
    for (String wrong : List.of("0.1", "0", "-1", "600")) {
      Path file =
          edited(
              dir.resolve(wrong),
              "the jetcd-txn budget",
              "cpu_seconds = 5\n",
              "cpu_seconds = " + wrong + "\n");

      assertThatThrownBy(() -> Catalog.load(file))
          .as("loading a catalog whose jetcd-txn tests have %s CPU-seconds each", wrong)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("exercise jetcd-txn has cpu_seconds = ")
          .hasMessageContaining("must be between 0.5 and 60.0 seconds");
    }
  }

  @Test
  @DisplayName("refuses a rubric that does not share exactly the exercise's points")
  void rubricSharesThePoints(@TempDir Path dir) throws IOException {
    String group = "group = \"independent draws\"\npoints = ";
    Path uneven = edited(dir, "the random-scheduler group", group, group + "1");

    assertThatThrownBy(() -> Catalog.load(uneven))
        .as("loading a catalog whose random-scheduler rubric shares too many points")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the rubric of exercise random-scheduler shares")
        .hasMessageContaining("but the exercise is worth 40.0");
  }

  @Test
  @DisplayName("refuses a check pattern that names no test class of the exercise")
  void rubricNamesTheExercisesTests(@TempDir Path dir) throws IOException {
    Path stray =
        edited(
            dir,
            "the random-scheduler pattern",
            "\"RandomSchedulerHiddenTest#differencesAreUniform\"",
            "\"RoundRobinSchedulerTest#wrapsAround\"");

    assertThatThrownBy(() -> Catalog.load(stray))
        .as("loading a catalog whose random-scheduler rubric names another exercise's test")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has check pattern 'RoundRobinSchedulerTest#wrapsAround'");
  }

  @Test
  @DisplayName("refuses a group name too long for the grade report's column")
  void rubricNamesAreShort(@TempDir Path dir) throws IOException {
    Path wordy =
        edited(
            dir,
            "the random-scheduler group",
            "group = \"independent draws\"",
            "group = \"independent draws from the source\"");

    assertThatThrownBy(() -> Catalog.load(wordy))
        .as("loading a catalog with a 33-character group name")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("at most 22 characters");
  }

  /**
   * Writes the kit's catalog with {@code from}, which it must hold ({@code what}), replaced by
   * {@code to} into {@code dir}, and returns the file.
   */
  private Path edited(Path dir, String what, String from, String to) throws IOException {
    String toml = Files.readString(kit.root().resolve("catalog.toml"));
    assertThat(toml).as("%s the test edits", what).contains(from);
    Path file = Files.createDirectories(dir).resolve("catalog.toml");
    Files.writeString(file, toml.replace(from, to));
    return file;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
  @DisplayName("names, in course order, every exercise that edits the file a problem is about")
  void exercisesEditingTheFileOfAProblem() {
    Exercise first = kit.catalog().exercises().get(0);
    String file = first.files().get(0);
    String problem = file + " is a symbolic link; it was left out";

    assertThat(kit.catalog().exercisesEditing(problem::startsWith))
        .as("the exercises a problem with %s concerns: those that edit it", file)
        .contains(first)
        .containsExactlyElementsOf(kit.catalog().exercisesForFile(file));
    assertThat(kit.catalog().exercisesEditing("notes.txt is not part of the kit"::startsWith))
        .as("the exercises a problem with a file no exercise edits concerns: none")
        .isEmpty();
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
