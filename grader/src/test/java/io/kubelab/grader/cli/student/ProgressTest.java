package io.kubelab.grader.cli.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.cli.KitFixture;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The progress file keeps each verdict with a fingerprint of the files it judged")
class ProgressTest {
  @TempDir Path root;

  @Test
  @DisplayName("a verdict counts while the files are unchanged, survives a restart, and not after")
  void verdictFollowsTheFiles() throws IOException {
    Kit source = Kit.locate();
    Kit kit = new Kit(root, source.catalog());
    Exercise exercise = source.catalog().exercise("random-scheduler").orElseThrow();
    Path file = kit.exercises().resolve(exercise.files().get(0));
    Files.createDirectories(file.getParent());
    Files.writeString(file, "a student's attempt");

    Progress.load(kit)
        .withVerdict(
            exercise, Progress.fingerprint(kit, exercise), KitFixture.grade(exercise, 2, 5))
        .save(kit);

    assertThat(Progress.load(kit).verdict(kit, exercise).map(Progress.Verdict::counts))
        .as("the verdict read back from the progress file, files unchanged")
        .contains("2 of 5 pass");
    assertThat(Progress.load(kit).passes(kit, exercise))
        .as("a failing verdict is no pass")
        .isFalse();

    Files.writeString(file, "a student's second attempt");

    assertThat(Progress.load(kit).verdict(kit, exercise))
        .as("the verdict once the file changed: none, the exercise must be checked again")
        .isEmpty();
  }

  @Test
  @DisplayName("a damaged progress file forgets, and nothing fails")
  void damagedFileForgets() throws IOException {
    Kit kit = new Kit(root, Kit.locate().catalog());
    Files.createDirectories(kit.exercises());
    Files.writeString(kit.exercises().resolve(".kubelab-progress.json"), "{not json");

    assertThat(Progress.load(kit).verdicts()).as("the verdicts of a damaged file").isEmpty();
  }
}
