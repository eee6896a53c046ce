package io.kubelab.grader;

import java.time.Duration;

/**
 * Limits bound one submission's test run: time per test, time for all its tests, and the test JVM's
 * heap. A test past its limit fails; the run past its limit is killed.
 */
public record Limits(Duration perTest, Duration total, int heapMegabytes) {

  /** 10 s per test, 3 min per submission, 256 MB of heap: generous for every exercise. */
  public static Limits defaults() {
    return new Limits(Duration.ofSeconds(10), Duration.ofMinutes(3), 256);
  }
}
