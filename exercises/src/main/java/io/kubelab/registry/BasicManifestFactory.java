package io.kubelab.registry;

import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;

/**
 * BasicManifestFactory uses the pod's desired manifest, named after the pod, so a machine's
 * manifest list says which pods it runs.
 */
public final class BasicManifestFactory implements ManifestFactory {

  @Override
  public ContainerManifest makeManifest(String machine, Pod pod) {
    ContainerManifest desired = pod.desiredState().manifest();
    return new ContainerManifest(desired.version(), desired.containers(), pod.id());
  }
}
