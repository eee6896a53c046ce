package io.kubelab.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** ContainerManifest is what a kubelet runs for one pod: the containers and their ports. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerManifest(String version, List<Container> containers, String id) {

  /** Absent containers become an empty list, so callers never meet {@code null}. */
  public ContainerManifest {
    containers = containers == null ? List.of() : List.copyOf(containers);
  }
}
