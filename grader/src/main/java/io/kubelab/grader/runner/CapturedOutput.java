package io.kubelab.grader.runner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CapturedOutput keeps what each test printed, up to {@value #MAX_CHARS} characters a test, until
 * its result takes it: enough for a student to see what went wrong, never enough to flood a report.
 */
final class CapturedOutput {
  private static final int MAX_CHARS = 4000;

  private final Map<String, StringBuilder> byTest = new ConcurrentHashMap<>();

  /** Adds {@code text}, printed by the test {@code testId}, as far as its cap allows. */
  void append(String testId, String text) {
    StringBuilder kept = byTest.computeIfAbsent(testId, k -> new StringBuilder());
    if (kept.length() < MAX_CHARS) {
      kept.append(text, 0, Math.min(text.length(), MAX_CHARS - kept.length()));
    }
  }

  /** Returns and forgets what the test {@code testId} printed; empty if nothing. */
  String take(String testId) {
    StringBuilder kept = byTest.remove(testId);
    return kept == null ? "" : kept.toString();
  }
}
