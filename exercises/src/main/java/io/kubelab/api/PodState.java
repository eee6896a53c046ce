package io.kubelab.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** PodState is the desired or current state of a pod: its manifest and the host it runs on. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodState(ContainerManifest manifest, String status, String host, String hostIP) {

  /** An absent manifest becomes an empty one, so callers never meet {@code null}. */
  public PodState {
    manifest = manifest == null ? new ContainerManifest(null, null, null) : manifest;
  }
}
