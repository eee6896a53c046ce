package io.kubelab.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Pod is a group of containers scheduled onto one machine, as the 2014 API described it.
 *
 * <p>Only the fields the lessons use are kept; their JSON names are those of {@code
 * pkg/api/types.go} at PR #286 ({@code id}, {@code labels}, {@code desiredState}, {@code
 * currentState}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Pod(
    String id, Map<String, String> labels, PodState desiredState, PodState currentState) {

  /** Absent labels and states become empty ones, so callers never meet {@code null}. */
  public Pod {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    desiredState = desiredState == null ? new PodState(null, null, null, null) : desiredState;
    currentState = currentState == null ? new PodState(null, null, null, null) : currentState;
  }
}
