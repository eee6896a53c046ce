package io.kubelab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.JsonSchemas;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
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
  @DisplayName(
      "GitHub Classroom: a valid workflow with one command test per exercise, worth its points")
  void classroomWorkflow() throws Exception {
    Catalog catalog = TestKit.kit().catalog();

    String yaml = ClassroomWorkflow.render(catalog);
    JsonNode workflow = new ObjectMapper().readTree(JsonSchemas.yamlAsJson(yaml));

    assertThat(JsonSchemas.errors("/schemas/github-workflow.schema.json", workflow.toString()))
        .as("valid by GitHub's workflow syntax:\n" + yaml)
        .isEmpty();
    JsonNode steps = workflow.get("jobs").get("run-autograding-tests").get("steps");
    for (Exercise exercise : catalog.exercises()) {
      JsonNode step = find(steps, exercise.id());
      assertThat(step.get("uses").asText())
          .as(exercise.id() + " runs as a command test")
          .isEqualTo("classroom-resources/autograding-command-grader@v1");
      assertThat(step.get("with").get("command").asText())
          .as(exercise.id() + "'s command")
          .isEqualTo("./kubelab run " + exercise.id());
      assertThat(step.get("with").get("max-score").asLong())
          .as(exercise.id() + " is worth its points")
          .isEqualTo(Math.round(exercise.points()));
    }
    JsonNode reporter = steps.get(steps.size() - 1);
    assertThat(reporter.get("with").get("runners").asText().split(","))
        .as("the reporter sums every exercise's result")
        .containsExactlyElementsOf(catalog.exercises().stream().map(Exercise::id).toList());
    assertThat(reporter.get("env").get("STRING-SET_RESULTS").asText())
        .as("each result reaches the reporter under the name it reads")
        .isEqualTo("${{ steps.string-set.outputs.result }}");
    assertThat(ClassroomWorkflow.render(catalog)).as("the same file every time").isEqualTo(yaml);
  }

  private static JsonNode find(JsonNode steps, String id) {
    for (JsonNode step : steps) {
      if (step.path("id").asText().equals(id)) {
        return step;
      }
    }
    throw new AssertionError("no step with id " + id + " in " + steps);
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
