package io.kubelab.scheduler;

import io.kubelab.api.Pod;
import java.util.List;
import java.util.Map;

/** PodLister lists the pods already placed, for schedulers that look at what runs where. */
public interface PodLister {

  /**
   * Returns the pods whose labels contain every entry of {@code selector}; an empty selector
   * selects every pod (Go's {@code labels.Everything()}).
   */
  List<Pod> listPods(Map<String, String> selector) throws ListerException;
}
