package io.kubelab.grader.runner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * JsonLinesListener reports the run as JSON lines the grader reads back.
 *
 * <p>Events: {@code method} (a graded test method, before anything runs), {@code started}, {@code
 * result} (one per test or invocation, with the method it belongs to), {@code done}. A failing
 * container reports each of its methods that has no result yet, so a broken {@code @BeforeAll}
 * still costs exactly the methods it stopped.
 */
final class JsonLinesListener implements TestExecutionListener {
  private static final int MAX_OUTPUT_CHARS = 4000;

  private final ResultWriter writer;
  private final Map<String, StringBuilder> output = new ConcurrentHashMap<>();
  private final Set<String> reportedMethods = ConcurrentHashMap.newKeySet();
  private final Set<String> plannedMethods = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
  private TestPlan plan;

  JsonLinesListener(ResultWriter writer) {
    this.writer = writer;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    for (TestIdentifier root : testPlan.getRoots()) {
      for (TestIdentifier node : testPlan.getDescendants(root)) {
        if (node.getSource().filter(MethodSource.class::isInstance).isPresent()) {
          plannedMethods.add(node.getUniqueId());
          Map<String, Object> event = new LinkedHashMap<>();
          event.put("event", "method");
          event.put("id", node.getUniqueId());
          event.put("class", testClass(node).orElse(""));
          event.put("name", displayPath(node));
          writer.write(event);
        }
      }
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      startedNanos.put(id.getUniqueId(), System.nanoTime());
      writer.write(Map.of("event", "started", "id", id.getUniqueId()));
    }
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    entry
        .getKeyValuePairs()
        .forEach(
            (key, value) -> {
              if (key.equals("stdout") || key.equals("stderr")) {
                StringBuilder text =
                    output.computeIfAbsent(id.getUniqueId(), k -> new StringBuilder());
                if (text.length() < MAX_OUTPUT_CHARS) {
                  text.append(value, 0, Math.min(value.length(), MAX_OUTPUT_CHARS - text.length()));
                }
              }
            });
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      report(id, methodOf(id).orElse(id), result);
      return;
    }
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return;
    }
    // A failed container: every graded method below it that has no result fails with it.
    if (id.getSource().filter(MethodSource.class::isInstance).isPresent()) {
      if (!reportedMethods.contains(id.getUniqueId())) {
        report(id, id, result);
      }
      return;
    }
    for (TestIdentifier node : plan.getDescendants(id)) {
      if (node.getSource().filter(MethodSource.class::isInstance).isPresent()
          && !reportedMethods.contains(node.getUniqueId())) {
        report(node, node, result);
      }
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    // Skipped tests were graded by an earlier run of this submission.
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    writer.write(Map.of("event", "done"));
  }

  private void report(TestIdentifier test, TestIdentifier method, TestExecutionResult result) {
    reportedMethods.add(method.getUniqueId());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event", "result");
    event.put("id", test.getUniqueId());
    event.put("method", method.getUniqueId());
    event.put("name", displayPath(test));
    event.put(
        "status",
        switch (result.getStatus()) {
          case SUCCESSFUL -> "passed";
          case ABORTED -> "skipped";
          case FAILED -> "failed";
        });
    event.put("message", result.getThrowable().map(JsonLinesListener::describe).orElse(""));
    StringBuilder printed = output.remove(test.getUniqueId());
    event.put("output", printed == null ? "" : printed.toString());
    Long started = startedNanos.remove(test.getUniqueId());
    event.put("seconds", started == null ? 0.0 : (System.nanoTime() - started) / 1e9);
    writer.write(event);
    if (result.getThrowable().filter(TimeoutException.class::isInstance).isPresent()) {
      // A timed-out test may still be spinning in its thread, slowing every test after it: end
      // this JVM, and the grader resumes with the next test in a fresh one.
      RunnerMain.halt();
    }
  }

  /**
   * Returns the graded method {@code id} belongs to: itself, or for an invocation of a
   * parameterized test (which has a method source of its own) the planned method above it.
   */
  private Optional<TestIdentifier> methodOf(TestIdentifier id) {
    for (Optional<TestIdentifier> node = Optional.of(id);
        node.isPresent();
        node = plan.getParent(node.get())) {
      if (plannedMethods.contains(node.get().getUniqueId())) {
        return node;
      }
    }
    return Optional.empty();
  }

  private Optional<String> testClass(TestIdentifier id) {
    return id.getSource()
        .map(
            source ->
                source instanceof MethodSource method
                    ? method.getClassName()
                    : source instanceof ClassSource type ? type.getClassName() : null);
  }

  /** Joins the display names from the test class down, e.g. "RandomScheduler › counts › n = 5". */
  private String displayPath(TestIdentifier id) {
    StringBuilder path = new StringBuilder(id.getDisplayName());
    for (Optional<TestIdentifier> parent = plan.getParent(id);
        parent.isPresent() && parent.get().getSource().isPresent();
        parent = plan.getParent(parent.get())) {
      path.insert(0, parent.get().getDisplayName() + " › ");
    }
    return path.toString();
  }

  /** Describes a failure for a student: the message, then where in kit code it happened. */
  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    if (!(failure instanceof AssertionError) || failure.getMessage() == null) {
      text.append(failure.getClass().getName()).append(": ");
    }
    text.append(failure.getMessage() == null ? "" : failure.getMessage().strip());
    for (Throwable cause = failure.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append("\n  caused by ").append(cause);
    }
    StackTraceElement[] frames = failure.getStackTrace();
    int shown = 0;
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith("io.kubelab.") && shown < 4) {
        text.append("\n    at ").append(frame);
        shown++;
      }
    }
    return text.toString();
  }
}
