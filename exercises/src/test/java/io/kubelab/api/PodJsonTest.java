package io.kubelab.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API types read and write the JSON field names of {@code pkg/api/types.go} in June 2014. */
@DisplayName("The API's JSON")
class PodJsonTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("reads a 2014 pod, with the field names of pkg/api/types.go")
  void reads2014Pod() throws Exception {
    String pod =
        """
        {"id": "web-1", "labels": {"name": "web"},
         "desiredState": {"manifest": {"version": "v1beta1", "id": "web-1",
           "containers": [{"name": "nginx", "image": "dockerfile/nginx",
             "ports": [{"hostPort": 8080, "containerPort": 80}]}]}},
         "currentState": {"host": "m1", "status": "Running"}}
        """;

    Pod read = json.readValue(pod, Pod.class);

    assertThat(read.id()).as("the pod's id is read").isEqualTo("web-1");
    assertThat(read.labels()).as("the pod's labels are read").containsEntry("name", "web");
    assertThat(read.currentState().host()).as("the current host is read").isEqualTo("m1");
    assertThat(read.desiredState().manifest().containers())
        .as("the one container of the manifest is read with its ports")
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.ports())
                    .as("the container's port mapping is read")
                    .containsExactly(new Port(null, 8080, 80, null)));
  }

  @Test
  @DisplayName("leaves out empty strings, lists and maps, as Go's omitempty did")
  void omitsEmptyFields() throws Exception {
    Pod pod =
        new Pod(
            "web-1",
            Map.of(),
            new PodState(
                new ContainerManifest(
                    null, List.of(new Container("c", "i", null, List.of())), null),
                null,
                null,
                null),
            null);

    assertThat(json.writeValueAsString(pod))
        .as("fields left null are left out of the JSON, as Go's omitempty does")
        .isEqualTo(
            "{\"id\":\"web-1\",\"desiredState\":{\"manifest\":{\"containers\":[{\"name\":\"c\","
                + "\"image\":\"i\"}]}},\"currentState\":{\"manifest\":{}}}");
  }

  @Test
  @DisplayName("round-trips a pod unchanged")
  void roundTrips() throws Exception {
    Pod pod =
        new Pod(
            "db",
            Map.of("tier", "backend"),
            new PodState(
                new ContainerManifest(
                    "v1beta1",
                    List.of(
                        new Container(
                            "pg", "postgres", List.of("postgres"), List.of(Port.host(5432)))),
                    "db"),
                "Waiting",
                "m2",
                "10.0.0.2"),
            null);

    assertThat(json.readValue(json.writeValueAsString(pod), Pod.class))
        .as("the pod reads back equal to what was written")
        .isEqualTo(pod);
  }
}
