package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The platform bundles")
class PlatformBundlesTest {

  @Test
  @DisplayName("Gradescope: run_autograder grades the submission into results/results.json")
  void gradescopeBundleGrades(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("autograder.zip");
    Path root = dir.resolve("autograder");
    GradescopeBundle.write(TestKit.kit(), zip);
    unzip(zip, root.resolve("source"));
    TestKit.copyTree(TestKit.kit().solutions(), root.resolve("submission"));

    ProcessBuilder run =
        new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("run.log").toFile());
    run.environment().put("AUTOGRADER_ROOT", root.toString());
    run.environment().put("KUBELAB_GRADE_ARGS", "--exercise string-set");
    int status = run.start().waitFor();

    assertThat(status).as(Files.readString(dir.resolve("run.log"))).isZero();
    JsonNode results = new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
    assertThat(results.get("score").asDouble())
        .as("the bundle's autograder gives the solved string-set full marks")
        .isEqualTo(30.0);
    assertThat(results.get("tests")).as("the bundle's results list the tests").isNotEmpty();
    assertThat(root.resolve("source/setup.sh"))
        .as("the bundle's setup.sh is executable")
        .isExecutable();
    assertThat(root.resolve("source/kit/grader/hidden"))
        .as("the bundle holds the hidden tests")
        .isDirectory();
    assertThat(root.resolve("source/kit/solutions"))
        .as("the bundle holds no solutions")
        .doesNotExist();
  }

  @Test
  @DisplayName("GitHub Classroom: one command test per exercise, worth its points")
  void classroomWorkflow() {
    Catalog catalog = TestKit.kit().catalog();

    String yaml = ClassroomWorkflow.render(catalog);

    for (Exercise exercise : catalog.exercises()) {
      assertThat(yaml)
          .as("the workflow runs each exercise with its points")
          .contains("command: ./kubelab run " + exercise.id() + "\n")
          .contains(
              "test-name: "
                  + exercise.id()
                  + "\n            setup-command: ''\n            command: ./kubelab run "
                  + exercise.id()
                  + "\n            timeout: 10\n            max-score: "
                  + Math.round(exercise.points())
                  + "\n")
          .contains("steps." + exercise.id() + ".outputs.result");
    }
    assertThat(yaml)
        .as("the workflow reports through GitHub Classroom's reporter")
        .contains("classroom-resources/autograding-grading-reporter@v1");
    assertThat(yaml.lines())
        .as("the workflow's YAML is indented with spaces only")
        .noneMatch(line -> line.contains("\t"));
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
        Path file = target.resolve(entry.getName()).normalize();
        assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
        Files.createDirectories(file.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, file);
        }
        if ((entry.getUnixMode() & 0100) != 0) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }
}
