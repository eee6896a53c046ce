package io.kubelab.grader.runner;

import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
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
 * still costs exactly the methods it stopped. A result carries the test's wall and CPU seconds; a
 * test the {@link TestWatchdog} stopped is reported as failed with {@code "stopped": "cpu"} or
 * {@code "wall"}, and ends the JVM.
 */
final class JsonLinesListener implements TestExecutionListener {
  private static final int MAX_OUTPUT_CHARS = 4000;

  private final ResultWriter writer;
  private final Map<String, StringBuilder> output = new ConcurrentHashMap<>();
  private final Set<String> reportedMethods = ConcurrentHashMap.newKeySet();
  private final Set<String> plannedMethods = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
  private final Duration cpuBudget;
  private final Duration wallLimit;
  private TestWatchdog watchdog;
  private TestPlan plan;

  JsonLinesListener(ResultWriter writer, Duration cpuBudget, Duration wallLimit) {
    this.writer = writer;
    this.cpuBudget = cpuBudget;
    this.wallLimit = wallLimit;
  }

  /** Judges each test by its CPU time from now on; without this, nothing stops a test. */
  void watch(CodeUnderTest code) {
    watchdog = new TestWatchdog(code, this::stopped);
    watchdog.start();
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
    watchFrom(id);
  }

  /**
   * Starts the watchdog's clocks for {@code node}: a test, or a test class or method container,
   * whose set-up and tear-down (a {@code @BeforeAll} that starts etcd, the student code it calls)
   * are judged as a test is.
   */
  private void watchFrom(TestIdentifier node) {
    if (watchdog != null && node.getSource().isPresent()) {
      watchdog.testStarted(node.getUniqueId(), cpuBudget, wallLimitOf(node));
    }
  }

  /**
   * Returns the wall-clock backstop for test {@code id}: the run's, or twice the test's own
   * {@code @Timeout} if that is longer, since a test that declares a longer limit (one that waits
   * for a real etcd cluster) says it may wait that long on an idle machine.
   */
  private Duration wallLimitOf(TestIdentifier id) {
    Duration declared = Duration.ZERO;
    for (Optional<TestIdentifier> node = Optional.of(id);
        node.isPresent();
        node = plan.getParent(node.get())) {
      Optional<AnnotatedElement> element =
          node.get()
              .getSource()
              .map(
                  source ->
                      source instanceof MethodSource method
                          ? method.getJavaMethod()
                          : source instanceof ClassSource type ? type.getJavaClass() : null);
      Optional<Timeout> timeout =
          element.flatMap(e -> AnnotationSupport.findAnnotation(e, Timeout.class));
      if (timeout.isPresent()) {
        declared =
            Duration.of(timeout.get().value(), timeout.get().unit().toChronoUnit()).multipliedBy(2);
        break;
      }
    }
    return declared.compareTo(wallLimit) > 0 ? declared : wallLimit;
  }

  /**
   * Reports a test the watchdog stopped (for a container, each of its graded methods without a
   * result), then ends this JVM: the test may still be spinning.
   */
  private void stopped(String nodeId, TestWatchdog.Stop stop) {
    TestIdentifier node = plan.getTestIdentifier(UniqueId.parse(nodeId));
    List<TestIdentifier> stopped = new ArrayList<>(List.of(node));
    if (!node.isTest()) {
      stopped.addAll(plan.getDescendants(node));
      stopped.removeIf(
          n ->
              !plannedMethods.contains(n.getUniqueId())
                  || reportedMethods.contains(n.getUniqueId()));
    }
    String message = stopMessage(stop, node.isTest());
    for (TestIdentifier test : stopped) {
      Map<String, Object> event = result(test, methodOf(test).orElse(test));
      event.put("status", "failed");
      event.put("stopped", stop.onWallClock() ? "wall" : "cpu");
      event.put("message", message);
      event.put("cpuSeconds", stop.cpuSeconds());
      writer.write(event);
    }
    RunnerMain.halt();
  }

  private String stopMessage(TestWatchdog.Stop stop, boolean inTest) {
    String what =
        !stop.culprit().isEmpty()
            ? stop.culprit()
            : inTest ? "The test" : "The set-up of these tests";
    String verb = stop.culprit().isEmpty() ? " did not finish" : " did not return";
    if (stop.onWallClock() && stop.cpuSeconds() >= cpuBudget.toMillis() / 4000.0) {
      return String.format(
          Locale.ROOT,
          "%s%s: the test ran %s seconds of wall time, spending %.1f s of CPU time, on a machine"
              + " too busy to let it reach its %s seconds of CPU time sooner. Look for a loop that"
              + " never ends.",
          what,
          verb,
          seconds(stop.limitSeconds()),
          stop.cpuSeconds(),
          seconds(cpuBudget.toMillis() / 1000.0));
    }
    if (stop.onWallClock()) {
      return String.format(
          Locale.ROOT,
          "%s%s: the test timed out after %s seconds of wall time, having used only %.1f s of CPU"
              + " time. It waits for something that never happens: look for a deadlock, a lock"
              + " never released, or a wait or sleep without end.",
          what,
          verb,
          seconds(stop.limitSeconds()),
          stop.cpuSeconds());
    }
    return String.format(
        Locale.ROOT,
        "%s%s: the test timed out after %s seconds of CPU time (%.1f s of wall time). Look for a"
            + " loop that never ends.",
        what,
        verb,
        seconds(stop.limitSeconds()),
        stop.wallSeconds());
  }

  /** "5" for five seconds, "2.5" for two and a half: the limit as it was set. */
  private static String seconds(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
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
    reportFinished(id, result);
    if (watchdog != null) {
      watchdog.testFinished(id.getUniqueId());
      // What runs next in the parent (the next test's set-up, an @AfterAll) is watched too.
      plan.getParent(id).ifPresent(this::watchFrom);
    }
  }

  private void reportFinished(TestIdentifier id, TestExecutionResult result) {
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
    double cpu = watchdog == null ? 0 : watchdog.testFinished(test.getUniqueId());
    Map<String, Object> event = result(test, method);
    event.put(
        "status",
        switch (result.getStatus()) {
          case SUCCESSFUL -> "passed";
          case ABORTED -> "skipped";
          case FAILED -> "failed";
        });
    event.put("message", result.getThrowable().map(JsonLinesListener::describe).orElse(""));
    event.put("cpuSeconds", cpu);
    writer.write(event);
  }

  /**
   * Returns the result event of {@code test} so far: which test, its printout and wall seconds; the
   * caller adds status, message and CPU seconds.
   */
  private Map<String, Object> result(TestIdentifier test, TestIdentifier method) {
    reportedMethods.add(method.getUniqueId());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event", "result");
    event.put("id", test.getUniqueId());
    event.put("method", method.getUniqueId());
    event.put("name", displayPath(test));
    StringBuilder printed = output.remove(test.getUniqueId());
    event.put("output", printed == null ? "" : printed.toString());
    Long started = startedNanos.remove(test.getUniqueId());
    event.put("seconds", started == null ? 0.0 : (System.nanoTime() - started) / 1e9);
    return event;
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
