package io.kubelab.registry;

import io.kubelab.api.Pod;

/** PodRegistry stores pods on the machines they were scheduled to. */
public interface PodRegistry {

  /** Stores {@code pod} as running on {@code machine}. */
  void createPod(String machine, Pod pod) throws RegistryException;
}
