package io.kubelab.grader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
  private static final Set<String> SKIPPED = load();

  private static Set<String> load() {
    String file = System.getProperty("kubelab.skip");
    if (file == null) {
      return Set.of();
    }
    try {
      return new HashSet<>(Files.readAllLines(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return SKIPPED.contains(context.getUniqueId())
        ? ConditionEvaluationResult.disabled("already graded")
        : ConditionEvaluationResult.enabled("not graded yet");
  }
}
