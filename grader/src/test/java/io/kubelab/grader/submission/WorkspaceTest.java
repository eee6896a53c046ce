package io.kubelab.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace laid out in a folder its JVM's pool filled ahead holds exactly what one copied at the
 * grading's start holds, whatever changed in between.
 */
@DisplayName("A workspace in a folder filled ahead")
class WorkspaceTest {
  private static final String VISIBLE_TEST =
      "src/test/java/io/kubelab/scheduler/RandomSchedulerTest.java";

  @TempDir Path temp;
  private Kit kit;

  /** A copy of the kit's sources, which the tests may edit. */
  @BeforeEach
  void copyKit() throws IOException {
    Path root = temp.resolve("kit");
    for (String part : List.of(Kit.EXERCISES + "/src", Kit.STUBS, Kit.HIDDEN_TESTS)) {
      FileTrees.copy(TestKit.kit().root().resolve(part), root.resolve(part));
    }
    Files.copy(TestKit.kit().root().resolve(Kit.CATALOG), root.resolve(Kit.CATALOG));
    kit = Kit.open(root);
  }

  @Test
  @DisplayName("holds what a workspace copied at once holds, with the submission laid over it")
  void filledAheadIsTheSame() throws IOException {
    Path ahead = Files.createDirectories(temp.resolve("ahead"));
    Workspace.prepare(kit, true, ahead);

    try (Workspace filled = Workspace.create(kit, submission(), true, ahead);
        Workspace copied = Workspace.create(kit, submission(), true, temp.resolve("at-once"))) {
      assertThat(tree(filled.dir()))
          .as("the sources of a workspace filled ahead, against one copied at once")
          .isEqualTo(tree(copied.dir()));
      assertThat(filled.changedFiles()).isEqualTo(copied.changedFiles()).isNotEmpty();
    }
  }

  @Test
  @DisplayName("takes a kit file edited after the folder was filled")
  void editedMeanwhileIsCopiedAgain() throws IOException {
    Path ahead = Files.createDirectories(temp.resolve("ahead"));
    Workspace.prepare(kit, false, ahead);
    Path test = kit.exercises().resolve(VISIBLE_TEST);
    Files.writeString(test, Files.readString(test) + "// edited after the folder was filled\n");

    try (Workspace workspace = Workspace.create(kit, submission(), false, ahead)) {
      assertThat(workspace.dir().resolve(VISIBLE_TEST))
          .as("the visible test edited after the folder was filled")
          .hasSameTextualContentAs(test);
    }
  }

  @Test
  @DisplayName("gets the hidden tests when it was filled without them, and loses a file deleted")
  void otherTestsOrDeletedFileAreCopiedAgain() throws IOException {
    Path ahead = Files.createDirectories(temp.resolve("ahead"));
    Workspace.prepare(kit, false, ahead);
    Files.delete(kit.exercises().resolve(VISIBLE_TEST));

    try (Workspace workspace = Workspace.create(kit, submission(), true, ahead)) {
      assertThat(tree(workspace.testSources()).keySet())
          .as("the test sources of a hidden-tests grading in a folder filled with visible ones")
          .containsAll(tree(kit.hiddenTests()).keySet())
          .doesNotContain("io/kubelab/scheduler/RandomSchedulerTest.java");
    }
  }

  @Test
  @DisplayName("is copied again when the filling was cut short")
  void cutShortIsCopiedAgain() throws IOException {
    Path ahead = Files.createDirectories(temp.resolve("ahead"));
    Path stray = ahead.resolve("src/test/java/io/kubelab/Stray.java");
    Files.createDirectories(stray.getParent());
    Files.writeString(stray, "class Stray {}");

    try (Workspace workspace = Workspace.create(kit, submission(), false, ahead);
        Workspace copied = Workspace.create(kit, submission(), false, temp.resolve("at-once"))) {
      assertThat(tree(workspace.dir()))
          .as("a folder whose filling stopped before its marker, laid out again")
          .isEqualTo(tree(copied.dir()));
    }
  }

  /** The reference solution of the random scheduler, over the kit's stub. */
  private Submission submission() throws IOException {
    String file = "src/main/java/io/kubelab/scheduler/RandomScheduler.java";
    byte[] solution = Files.readAllBytes(TestKit.kit().root().resolve(Kit.SOLUTIONS).resolve(file));
    return new Submission("a student", Map.of(file, solution), List.of());
  }

  /** Every file under {@code root} by its relative path, with its text. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
