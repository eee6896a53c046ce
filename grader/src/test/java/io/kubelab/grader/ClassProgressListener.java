package io.kubelab.grader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * ClassProgressListener prints, every {@link #EVERY}, how far each test class that has run that
 * long has come, e.g. {@code GraderFixturesTest: 4/9 tests done, 2 min 10 s}: the kit's long
 * classes grade real submissions for minutes on a loaded machine, and a build log that stays silent
 * that long looks hung.
 *
 * <p>It is on only where {@value #PROPERTY} is {@code true}, which the grader's Surefire
 * configuration sets: the test JVMs a grading starts share this classpath, and their output is the
 * grade's.
 */
public final class ClassProgressListener implements TestExecutionListener {
  /** Well under the 30 s a reader of the log may wait, with room for a late timer on a busy CPU. */
  static final Duration EVERY = Duration.ofSeconds(15);

  /** The system property that turns the progress lines on. */
  static final String PROPERTY = "kubelab.progress";

  /** A class that is running: since when, its tests so far and how many are done. */
  private record Running(String name, long started, AtomicInteger tests, AtomicInteger done) {}

  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final LongSupplier nanos;
  private TestPlan plan;
  private ScheduledExecutorService timer;

  /** The listener the launcher finds through its service file, on the JVM's own clock. */
  public ClassProgressListener() {
    this(System::nanoTime);
  }

  ClassProgressListener(LongSupplier nanos) {
    this.nanos = nanos;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    plan = testPlan;
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "class-progress");
              thread.setDaemon(true);
              return thread;
            });
    long every = EVERY.toMillis();
    timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier identifier) {
    if (identifier.isTest()) {
      classOf(identifier).ifPresent(c -> c.tests().incrementAndGet());
    }
  }

  @Override
  public void executionStarted(TestIdentifier identifier) {
    if (timer != null && isClass(identifier)) {
      long tests = plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
      running.put(
          identifier.getUniqueId(),
          new Running(
              simpleName(identifier),
              nanos.getAsLong(),
              new AtomicInteger((int) tests),
              new AtomicInteger()));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    if (identifier.isTest()) {
      classOf(identifier).ifPresent(c -> c.done().incrementAndGet());
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (identifier.isTest()) {
      classOf(identifier).ifPresent(c -> c.done().incrementAndGet());
    } else if (isClass(identifier)) {
      running.remove(identifier.getUniqueId());
    }
  }

  private void print() {
    lines(nanos.getAsLong()).forEach(System.out::println);
  }

  /** Returns a line for each class that has run for {@link #EVERY} at {@code now}. */
  List<String> lines(long now) {
    List<String> lines = new ArrayList<>();
    for (Running c : running.values()) {
      Duration taken = Duration.ofNanos(now - c.started());
      if (taken.compareTo(EVERY) >= 0) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s: %d/%d tests done, %d min %02d s",
                c.name(),
                c.done().get(),
                c.tests().get(),
                taken.toMinutes(),
                taken.toSecondsPart()));
      }
    }
    return lines;
  }

  /** Returns the running class that {@code identifier} belongs to, if one is tracked. */
  private Optional<Running> classOf(TestIdentifier identifier) {
    if (timer == null) {
      return Optional.empty();
    }
    Optional<TestIdentifier> parent = plan.getParent(identifier);
    while (parent.isPresent()) {
      Running c = running.get(parent.get().getUniqueId());
      if (c != null) {
        return Optional.of(c);
      }
      parent = plan.getParent(parent.get());
    }
    return Optional.empty();
  }

  private static boolean isClass(TestIdentifier identifier) {
    return identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
  }

  private static String simpleName(TestIdentifier identifier) {
    String name = ((ClassSource) identifier.getSource().orElseThrow()).getClassName();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
