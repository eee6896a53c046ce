package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("reset keeps what it replaces, and --undo brings it back")
class BackupsTest {
  @TempDir Path root;

  private Kit kit;
  private Exercise exercise;
  private Path file;

  private void setUp() throws IOException {
    Kit source = Kit.locate();
    kit = new Kit(root, source.catalog());
    exercise = source.catalog().exercise("random-scheduler").orElseThrow();
    String name = exercise.files().get(0);
    Files.createDirectories(kit.stub(name).getParent());
    Files.copy(source.stub(name), kit.stub(name));
    file = kit.exercises().resolve(name);
    Files.createDirectories(file.getParent());
    Files.copy(source.stub(name), file);
  }

  @Test
  @DisplayName("a stub is not backed up: there is nothing to lose")
  void stubIsNotKept() throws IOException {
    setUp();

    assertThat(new Backups(kit).keep(exercise)).as("the backup of an untouched stub").isEmpty();
  }

  @Test
  @DisplayName("the student's version is kept under exercises/.kubelab/backups and comes back")
  void keepsAndRestores() throws IOException {
    setUp();
    Files.writeString(file, "the student's work");
    Backups backups = new Backups(kit);

    Optional<Path> kept = backups.keep(exercise);
    Files.copy(kit.stub(exercise.files().get(0)), file, StandardCopyOption.REPLACE_EXISTING);

    assertThat(kept.map(backups::shown).orElse(""))
        .as("the backup's folder, as the student sees it")
        .startsWith("exercises/.kubelab/backups/")
        .endsWith("-random-scheduler");
    assertThat(backups.latest(exercise)).as("the newest backup of the exercise").isEqualTo(kept);

    assertThat(backups.restore(exercise, kept.orElseThrow()))
        .as("the files brought back")
        .containsExactly(exercise.files().get(0));
    assertThat(Files.readString(file))
        .as("the file after the undo")
        .isEqualTo("the student's work");
    assertThat(backups.latest(exercise)).as("the backup, used up by the undo").isEmpty();
  }
}
