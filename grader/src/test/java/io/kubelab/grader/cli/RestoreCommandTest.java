package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** reset and restore as a student types them, in a kit of the test's own. */
@DisplayName("restore brings back what reset replaced")
class RestoreCommandTest {
  private static final String HOME = "kubelab.home";

  @TempDir Path root;

  private final StringWriter out = new StringWriter();
  private String home;
  private Path file;

  @BeforeEach
  void kit() throws Exception {
    Kit source = Kit.locate();
    Exercise exercise = source.catalog().exercise("random-scheduler").orElseThrow();
    String name = exercise.files().get(0);
    Files.copy(source.root().resolve("catalog.toml"), root.resolve("catalog.toml"));
    Kit kit = new Kit(root, source.catalog());
    Files.createDirectories(kit.stub(name).getParent());
    Files.copy(source.stub(name), kit.stub(name));
    file = kit.exercises().resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "the student's work");
    // The commands find their kit as the launcher tells them to; the build's is put back after.
    home = System.getProperty(HOME);
    System.setProperty(HOME, root.toString());
  }

  @AfterEach
  void buildKit() {
    if (home == null) {
      System.clearProperty(HOME);
    } else {
      System.setProperty(HOME, home);
    }
  }

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(out, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("reset names restore, and restore brings the student's work back")
  void restoreUndoesReset() throws Exception {
    assertThat(run("reset", "--yes", "random-scheduler")).as("reset's exit status").isZero();
    assertThat(out.toString())
        .as("reset says where the work went and how to bring it back")
        .containsPattern("kept in exercises/\\.kubelab/backups/\\S+-random-scheduler;")
        .contains("`./kubelab restore random-scheduler`");

    assertThat(run("restore", "random-scheduler")).as("restore's exit status").isZero();

    assertThat(Files.readString(file))
        .as("the file after restore is the student's work again")
        .isEqualTo("the student's work");
  }

  @Test
  @DisplayName("reset --undo does what restore does")
  void undoIsRestore() throws Exception {
    run("reset", "--yes", "random-scheduler");

    assertThat(run("reset", "--undo", "random-scheduler"))
        .as("reset --undo's exit status")
        .isZero();

    assertThat(Files.readString(file))
        .as("the file after reset --undo is the student's work again")
        .isEqualTo("the student's work");
  }

  @Test
  @DisplayName("restore with nothing kept says so and fails")
  void nothingToRestore() {
    assertThat(run("restore", "random-scheduler"))
        .as("restore's exit status with no backup")
        .isEqualTo(1);
    assertThat(out.toString())
        .as("restore says there is nothing to bring back")
        .contains("There is no backup of random-scheduler in exercises/.kubelab/backups");
  }

  @Test
  @DisplayName("the help lists restore among the commands")
  void helpListsRestore() {
    run("--help");

    assertThat(out.toString())
        .as("the command list of --help")
        .containsPattern("(?m)^\\s+restore\\s+Bring back your version");
  }
}
