package io.kubelab.grader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * ClassCpuListener writes, in a test JVM of the benchmark, the CPU-seconds its start, the JUnit
 * discovery and each test class took, and those of the processes each class started and waited for
 * (the etcd members), so the benchmark can say where a grading's CPU goes.
 *
 * <p>The JUnit Platform loads it in every test JVM, as it is a registered listener; it does nothing
 * unless the JVM was started with {@link #PROPERTY}, which the grader passes on only when the
 * benchmark sets it. Lines are tab-separated: {@code start}, {@code discovery}, {@code class
 * <name>} or {@code test <class> <name>}, then CPU-seconds of the JVM and of its children. A test's
 * line counts every thread of the JVM while it ran, the JIT compiler's included: an upper bound of
 * what the runner's watchdog charges it.
 */
public final class ClassCpuListener implements TestExecutionListener {
  /** The system property naming the folder the lines go to, one file per JVM. */
  public static final String PROPERTY = "kubelab.bench.cpu";

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private final Optional<Path> out;
  private final CpuTime created = CpuTime.now();
  private final Map<String, CpuTime> classes = new ConcurrentHashMap<>();
  private final Map<String, CpuTime> tests = new ConcurrentHashMap<>();

  public ClassCpuListener() {
    this.out =
        Optional.ofNullable(System.getProperty(PROPERTY))
            .map(dir -> Path.of(dir, ProcessHandle.current().pid() + ".tsv"));
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (out.isEmpty()) {
      return;
    }
    // The first launcher of a JVM is created right after its start; a later one has no start.
    if (!STARTED.getAndSet(true)) {
      write("start", created);
    }
    write("discovery", CpuTime.now().since(created));
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    className(test).ifPresent(name -> classes.put(name, CpuTime.now()));
    if (out.isPresent() && test.isTest()) {
      tests.put(test.getUniqueId(), CpuTime.now());
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    CpuTime testStarted = tests.remove(test.getUniqueId());
    if (testStarted != null) {
      String testClass =
          test.getSource()
              .filter(MethodSource.class::isInstance)
              .map(source -> ((MethodSource) source).getClassName())
              .orElse("");
      write(
          "test\t" + testClass + "\t" + test.getDisplayName().replace('\t', ' '),
          CpuTime.now().since(testStarted));
    }
    className(test)
        .ifPresent(
            name -> {
              CpuTime started = classes.remove(name);
              if (started != null) {
                write("class\t" + name, CpuTime.now().since(started));
              }
            });
  }

  private Optional<String> className(TestIdentifier test) {
    if (out.isEmpty()) {
      return Optional.empty();
    }
    return test.getSource()
        .filter(ClassSource.class::isInstance)
        .map(source -> ((ClassSource) source).getClassName());
  }

  private void write(String what, CpuTime cpu) {
    String line =
        String.format(
            Locale.ROOT,
            "%s\t%.4f\t%.4f%n",
            what,
            cpu.graderSeconds(),
            cpu.childrenSeconds().orElse(0.0));
    try {
      // Appended and closed at once: the JVM may be halted right after its last test.
      Files.writeString(
          out.orElseThrow(),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
