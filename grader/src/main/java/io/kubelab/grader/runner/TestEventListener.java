package io.kubelab.grader.runner;

import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Finished;
import io.kubelab.grader.runner.TestEvent.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * TestEventListener reports the run as {@link TestEvent}s the grader reads back.
 *
 * <p>It reports each graded test method before anything runs, each test as it starts, one result
 * per test or invocation (with the method it belongs to), the end of each test class, and the end
 * of the run. A failing container reports each of its methods that has no result yet, so a broken
 * {@code @BeforeAll} still costs exactly the methods it stopped. A result carries the test's wall
 * and CPU seconds; a test the {@link TestWatchdog} stopped is reported as {@link Crashed}, and ends
 * the JVM.
 */
final class TestEventListener implements TestExecutionListener {
  private final ResultWriter writer;
  private final CapturedOutput output = new CapturedOutput();
  private final Set<String> reportedMethods = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
  private final Function<String, Duration> cpuBudgetOfClass;
  private final Duration wallLimit;
  private TestWatchdog watchdog;
  private TestTree tree;

  TestEventListener(
      ResultWriter writer, Function<String, Duration> cpuBudgetOfClass, Duration wallLimit) {
    this.writer = writer;
    this.cpuBudgetOfClass = cpuBudgetOfClass;
    this.wallLimit = wallLimit;
  }

  /** Judges each test by its CPU time from now on; without this, nothing stops a test. */
  void watch(CodeUnderTest code) {
    watchdog = new TestWatchdog(code, this::stopped);
    watchdog.start();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    tree = new TestTree(testPlan);
    for (TestIdentifier root : testPlan.getRoots()) {
      for (TestIdentifier node : testPlan.getDescendants(root)) {
        if (tree.isPlanned(node)) {
          writer.write(
              new TestEvent.Planned(
                  node.getUniqueId(), TestTree.testClass(node).orElse(""), tree.displayPath(node)));
        }
      }
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      startedNanos.put(id.getUniqueId(), System.nanoTime());
      writer.write(new TestEvent.Started(id.getUniqueId()));
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
      watchdog.testStarted(node.getUniqueId(), cpuBudget(node), tree.wallLimitOf(node, wallLimit));
    }
  }

  /**
   * Reports a test the watchdog stopped (for a container, each of its graded methods without a
   * result), then ends this JVM: the test may still be spinning.
   */
  private void stopped(String nodeId, TestWatchdog.Stop stop) {
    TestIdentifier node = tree.node(nodeId);
    List<TestIdentifier> stopped = new ArrayList<>(List.of(node));
    if (!node.isTest()) {
      stopped.addAll(tree.plan().getDescendants(node));
      stopped.removeIf(n -> !tree.isPlanned(n) || reportedMethods.contains(n.getUniqueId()));
    }
    String message = StopMessage.of(stop, node.isTest(), cpuBudget(node));
    Crashed.Cause cause = stop.onWallClock() ? Crashed.Cause.WALL_CLOCK : Crashed.Cause.CPU_BUDGET;
    for (TestIdentifier test : stopped) {
      TestIdentifier method = tree.methodOf(test).orElse(test);
      reportedMethods.add(method.getUniqueId());
      writer.write(
          new Crashed(
              test.getUniqueId(),
              method.getUniqueId(),
              tree.displayPath(test),
              cause,
              message,
              output.take(test.getUniqueId()),
              wallSeconds(test),
              stop.cpuSeconds()));
    }
    RunnerMain.halt();
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    entry
        .getKeyValuePairs()
        .forEach(
            (key, value) -> {
              if (key.equals("stdout") || key.equals("stderr")) {
                output.append(id.getUniqueId(), value);
              }
            });
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    reportFinished(id, result);
    if (tree.isTestClass(id)) {
      writer.write(new TestEvent.ClassDone(TestTree.testClass(id).orElseThrow()));
    }
    if (watchdog != null) {
      watchdog.testFinished(id.getUniqueId());
      // What runs next in the parent (the next test's set-up, an @AfterAll) is watched too.
      tree.plan().getParent(id).ifPresent(this::watchFrom);
    }
  }

  private void reportFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      report(id, tree.methodOf(id).orElse(id), result);
      return;
    }
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return;
    }
    // A failed container: every graded method below it that has no result fails with it.
    if (TestTree.isMethod(id)) {
      if (!reportedMethods.contains(id.getUniqueId())) {
        report(id, id, result);
      }
      return;
    }
    for (TestIdentifier node : tree.plan().getDescendants(id)) {
      if (TestTree.isMethod(node) && !reportedMethods.contains(node.getUniqueId())) {
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
    writer.write(new TestEvent.Done());
  }

  private void report(TestIdentifier test, TestIdentifier method, TestExecutionResult result) {
    double cpu = watchdog == null ? 0 : watchdog.testFinished(test.getUniqueId());
    reportedMethods.add(method.getUniqueId());
    writer.write(
        new Finished(
            test.getUniqueId(),
            method.getUniqueId(),
            tree.displayPath(test),
            switch (result.getStatus()) {
              case SUCCESSFUL -> Status.PASSED;
              case ABORTED -> Status.ABORTED;
              case FAILED -> Status.FAILED;
            },
            result.getThrowable().map(FailureText::of).orElse(""),
            output.take(test.getUniqueId()),
            wallSeconds(test),
            cpu));
  }

  /** The CPU budget of {@code node}: that of its test class, which its exercise sizes. */
  private Duration cpuBudget(TestIdentifier node) {
    return cpuBudgetOfClass.apply(TestTree.testClass(node).orElse(""));
  }

  /** Returns and forgets how long {@code test} has run on the wall clock; 0 if it never started. */
  private double wallSeconds(TestIdentifier test) {
    Long started = startedNanos.remove(test.getUniqueId());
    return started == null ? 0.0 : (System.nanoTime() - started) / 1e9;
  }
}
