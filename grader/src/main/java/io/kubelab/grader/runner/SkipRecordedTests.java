package io.kubelab.grader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * SkipRecordedTests skips tests the grader already has a result for, so a run resumed after a crash
 * neither repeats a finished test nor re-enters the one that crashed.
 *
 * <p>An execution condition rather than a discovery filter, because parameterized invocations do
 * not exist until their method runs.
 */
public final class SkipRecordedTests implements ExecutionCondition {
  /** The system property naming the file of tests to skip, one unique id a line. */
  static final String SKIP_FILE = "kubelab.skip";

  private static String loadedFrom;
  private static Set<String> skipped = Set.of();

  /**
   * Returns the tests to skip, read again whenever the property names another file: the runner sets
   * it when its run request comes, after a warm-up may have run a test without it.
   */
  private static synchronized Set<String> skipped() {
    String file = System.getProperty(SKIP_FILE);
    if (!Objects.equals(file, loadedFrom)) {
      try {
        skipped = file == null ? Set.of() : new HashSet<>(Files.readAllLines(Path.of(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loadedFrom = file;
    }
    return skipped;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return skipped().contains(context.getUniqueId())
        ? ConditionEvaluationResult.disabled("already graded")
        : ConditionEvaluationResult.enabled("not graded yet");
  }
}
