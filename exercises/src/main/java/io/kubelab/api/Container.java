package io.kubelab.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Container is one container of a manifest: its image, command and ports. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Container(String name, String image, List<String> command, List<Port> ports) {

  /** Absent lists become empty, so callers never meet {@code null}. */
  public Container {
    command = command == null ? List.of() : List.copyOf(command);
    ports = ports == null ? List.of() : List.copyOf(ports);
  }
}
