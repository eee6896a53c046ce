package io.kubelab.scheduler;

import io.kubelab.api.Container;
import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.api.PodState;
import io.kubelab.api.Port;
import java.util.Arrays;
import java.util.List;

/** Pods builds test pods the way the 2014 tests' {@code makePod(host, hostPorts...)} did. */
final class Pods {
  private Pods() {}

  /** Returns a pod placed on {@code host} (or unplaced, if empty) that claims {@code hostPorts}. */
  static Pod pod(String id, String host, int... hostPorts) {
    List<Port> ports = Arrays.stream(hostPorts).mapToObj(Port::host).toList();
    ContainerManifest manifest =
        new ContainerManifest("v1beta1", List.of(new Container("c", "image", null, ports)), id);
    return new Pod(
        id, null, new PodState(manifest, null, host, null), new PodState(null, null, host, null));
  }

  /** Returns an unplaced pod named {@code id} that claims {@code hostPorts}. */
  static Pod newPod(String id, int... hostPorts) {
    return pod(id, "", hostPorts);
  }
}
