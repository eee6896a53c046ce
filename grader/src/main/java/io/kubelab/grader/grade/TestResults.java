package io.kubelab.grader.grade;

import io.kubelab.grader.runner.TestEvent.Planned;
import io.kubelab.grader.runner.TestEvent.Result;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TestResults is what the test JVMs of one grading reported, as scoring needs it: every planned
 * test method in the order first planned, the results of each by method id, why the runs stopped
 * before every test ran ({@code stopReason}, empty if every test ran), and {@code notices} for the
 * student about the run itself.
 */
record TestResults(
    List<Planned> planned,
    Map<String, List<Result>> byMethod,
    Optional<String> stopReason,
    List<String> notices) {
  TestResults {
    planned = List.copyOf(planned);
    Map<String, List<Result>> copy = new LinkedHashMap<>();
    byMethod.forEach((method, results) -> copy.put(method, List.copyOf(results)));
    byMethod = Collections.unmodifiableMap(copy);
    notices = List.copyOf(notices);
  }

  /** The results of a grading whose tests did not run at all, and why. */
  static TestResults none(String reason) {
    return new TestResults(List.of(), Map.of(), Optional.of(reason), List.of());
  }

  /** Returns the results of the planned method {@code methodId}, one per test or invocation. */
  List<Result> of(String methodId) {
    return byMethod.getOrDefault(methodId, List.of());
  }
}
