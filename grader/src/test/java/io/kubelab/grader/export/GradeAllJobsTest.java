package io.kubelab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubelab.grader.JsonSchemas;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sharded grade-all exports read back as their engines read them. */
@DisplayName("The sharded grade-all exports")
class GradeAllJobsTest {

  @Test
  @DisplayName(
      "Kubernetes: an Indexed Job, one completion per shard, read back by the model classes")
  void kubernetesJob() throws Exception {
    String yaml = GradeAllJobs.kubernetesJob("registry.example/kubelab:1", "class-42", 3);

    Job job = read(yaml);

    assertThat(unknownFields(job, "job"))
        .as("every field is one the Kubernetes model knows:\n" + yaml)
        .isEmpty();
    assertThat(unknownFields(read(yaml.replace("mountPath", "mountpath")), "job"))
        .as("a misspelt field would be caught")
        .singleElement()
        .asString()
        .endsWith(".mountpath");
    assertThat(job.getApiVersion() + " " + job.getKind())
        .as("a batch/v1 Job")
        .isEqualTo("batch/v1 Job");
    assertThat(job.getSpec().getCompletionMode()).as("indexed completions").isEqualTo("Indexed");
    assertThat(job.getSpec().getCompletions()).as("one completion per shard").isEqualTo(3);
    var pod = job.getSpec().getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).as("a Job's pods never restart in place").isEqualTo("Never");
    Container container = pod.getContainers().get(0);
    assertThat(container.getImage())
        .as("the image named by --image")
        .isEqualTo("registry.example/kubelab:1");
    assertThat(pod.getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .as("the class volume named by --class-volume")
        .isEqualTo("class-42");
    assertThat(container.getVolumeMounts().get(0).getMountPath())
        .as("mounted where the command reads the class")
        .isEqualTo(GradeAllJobs.CLASS);
    assertThat(String.join(" ", container.getCommand()))
        .as("each completion grades its own shard, counted from 1")
        .contains("shard=$((JOB_COMPLETION_INDEX + 1))", "--shard $shard/3", "/class/submissions");
  }

  @Test
  @DisplayName("GitHub Actions: a valid workflow with a job per shard, then a merge")
  void githubMatrix() throws Exception {
    String yaml = GradeAllJobs.githubMatrix(3);
    JsonNode workflow = new ObjectMapper().readTree(JsonSchemas.yamlAsJson(yaml));

    assertThat(JsonSchemas.errors("/schemas/github-workflow.schema.json", workflow.toString()))
        .as("valid by GitHub's workflow syntax:\n" + yaml)
        .isEmpty();
    JsonNode grade = workflow.get("jobs").get("grade");
    assertThat(grade.get("strategy").get("matrix").get("shard"))
        .as("shards 1 to 3")
        .hasToString("[1,2,3]");
    assertThat(grade.get("steps").toString())
        .as("each matrix job grades its shard")
        .contains("--shard ${{ matrix.shard }}/3");
    assertThat(workflow.get("jobs").get("merge").get("steps").toString())
        .as("the merge job joins the shards")
        .contains("./kubelab gradebook merge shards/shard-* --out gradebook");
  }

  private static Job read(String yaml) throws Exception {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue(JsonSchemas.yamlAsJson(yaml), Job.class);
  }

  /**
   * Fields the model did not know: fabric8 keeps them in additionalProperties instead of failing.
   */
  private static List<String> unknownFields(Object node, String path) throws Exception {
    List<String> unknown = new ArrayList<>();
    if (node == null || !node.getClass().getName().startsWith("io.fabric8.")) {
      if (node instanceof Collection<?> items) {
        int i = 0;
        for (Object item : items) {
          unknown.addAll(unknownFields(item, path + "[" + i++ + "]"));
        }
      }
      return unknown;
    }
    for (Method getter : node.getClass().getMethods()) {
      if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")) {
        continue;
      }
      Object value = getter.invoke(node);
      if (getter.getName().equals("getAdditionalProperties")) {
        ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
      } else {
        unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3)));
      }
    }
    return unknown;
  }
}
