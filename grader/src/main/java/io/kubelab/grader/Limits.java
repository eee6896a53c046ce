package io.kubelab.grader;

import java.time.Duration;

/**
 * Limits bound one submission's test run: time per test, time for all its tests, the test JVM's
 * heap, how much it may print, and how often the run resumes in a fresh JVM after a test brought
 * the JVM down. A test past its time limit fails; a JVM past the run's time limit or the output cap
 * is killed.
 */
public record Limits(
    Duration perTest, Duration total, int heapMegabytes, long outputBytes, int resumes) {

  /** The default output cap: the kit's tests print a few kilobytes. */
  public static final long OUTPUT_BYTES = 8L << 20;

  /** A grading starts at most 40 test JVMs, so a pathological run still ends. */
  public static final int RESUMES = 39;

  public Limits(Duration perTest, Duration total, int heapMegabytes, long outputBytes) {
    this(perTest, total, heapMegabytes, outputBytes, RESUMES);
  }

  public Limits(Duration perTest, Duration total, int heapMegabytes) {
    this(perTest, total, heapMegabytes, OUTPUT_BYTES);
  }

  /** 10 s per test, 3 min per submission, 256 MB of heap, 8 MB of output. */
  public static Limits defaults() {
    return new Limits(Duration.ofSeconds(10), Duration.ofMinutes(3), 256);
  }
}
