package io.kubelab.scheduler;

import io.kubelab.api.Pod;
import java.util.List;
import java.util.Map;

/** FakePodLister lists a fixed list of pods, filtered by label selector, for tests and demos. */
public record FakePodLister(List<Pod> pods) implements PodLister {

  /** A fake always has a list, even an empty one. */
  public FakePodLister {
    pods = List.copyOf(pods);
  }

  @Override
  public List<Pod> listPods(Map<String, String> selector) {
    return pods.stream()
        .filter(pod -> pod.labels().entrySet().containsAll(selector.entrySet()))
        .toList();
  }
}
