package io.kubelab.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Port is one port a container exposes; a non-zero {@code hostPort} claims that port on the
 * machine.
 *
 * <p>A {@code hostPort} of 0 means "no host port": the zero value Go's {@code omitempty} drops.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Port(String name, int hostPort, int containerPort, String protocol) {

  /** Returns a port that claims {@code hostPort} on its machine. */
  public static Port host(int hostPort) {
    return new Port(null, hostPort, hostPort, null);
  }
}
