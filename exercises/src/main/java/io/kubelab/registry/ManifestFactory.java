package io.kubelab.registry;

import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;

/** ManifestFactory turns a pod into the manifest the kubelet on its machine runs. */
public interface ManifestFactory {

  /** Returns the manifest for {@code pod} on {@code machine}. */
  ContainerManifest makeManifest(String machine, Pod pod);
}
