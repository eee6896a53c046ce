package io.kubelab.grader;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * SuiteProgress prints how far a long test class has come, every {@link #EVERY}, so that a build
 * log on a loaded machine never stays silent long enough to look hung; e.g. {@code
 * KitSelfCheckTest: 40/117 gradings done, 2 min 10 s}.
 */
final class SuiteProgress implements AutoCloseable {
  /** Well under the 30 s a reader of the log may wait, with room for a late timer on a busy CPU. */
  static final Duration EVERY = Duration.ofSeconds(15);

  private final String name;
  private final String unit;
  private final int total;
  private final LongSupplier nanos;
  private final long started;
  private final AtomicInteger done = new AtomicInteger();
  private final ScheduledExecutorService timer;

  private SuiteProgress(String name, String unit, int total, LongSupplier nanos, boolean print) {
    this.name = name;
    this.unit = unit;
    this.total = total;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.timer =
        print
            ? Executors.newSingleThreadScheduledExecutor(
                task -> {
                  Thread thread = new Thread(task, name + "-progress");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
    if (timer != null) {
      timer.scheduleAtFixedRate(
          () -> System.out.println(line()),
          EVERY.toMillis(),
          EVERY.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Starts printing the progress of {@code total} steps named {@code unit} to stdout. */
  static SuiteProgress printing(String name, String unit, int total) {
    return new SuiteProgress(name, unit, total, System::nanoTime, true);
  }

  /** A progress that prints nothing by itself and reads its time from {@code nanos}. */
  static SuiteProgress silent(String name, String unit, int total, LongSupplier nanos) {
    return new SuiteProgress(name, unit, total, nanos, false);
  }

  /** Counts one step done. */
  void stepDone() {
    done.incrementAndGet();
  }

  /** Says how many steps are done and how long it has taken so far. */
  String line() {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos.getAsLong() - started);
    return String.format(
        Locale.ROOT,
        "%s: %d/%d %s done, %d min %02d s",
        name,
        done.get(),
        total,
        unit,
        seconds / 60,
        seconds % 60);
  }

  /** Stops the timer and prints the last line. */
  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      System.out.println(line());
    }
  }
}
