package io.kubelab.grader.runner;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TestWatchdog stops the running test when it has spent its CPU budget, so that how busy the
 * machine is never decides whether a test timed out: a test that spins burns CPU time at the same
 * rate on an idle and on a saturated machine, while a correct test spends the same few CPU
 * milliseconds on both, however long they take on the wall clock.
 *
 * <p>Code that blocks without spending CPU (a deadlock, a sleep, a wait for a signal that never
 * comes) is caught by a generous wall-clock backstop instead; the grader re-runs a test stopped
 * that way once, alone, in a fresh JVM before it charges it (see {@link Stop#onWallClock()}). A
 * test that has spent a quarter of its CPU budget by then is not blocked but slowed by a busy
 * machine, and runs on until it finishes or spends its budget, up to {@value #WALL_CAP} times the
 * backstop, so a loop that never ends is reported as one however busy the machine is.
 *
 * <p>A test's CPU time is the test JVM's CPU time while it runs (its own thread, the threads it
 * starts, and the JIT and garbage collector working for them), less what threads already running
 * before it spent meanwhile: a thread that an earlier test left spinning is not charged to this
 * one.
 */
final class TestWatchdog {
  private static final Duration POLL = Duration.ofMillis(50);

  /** How many times its wall-clock backstop a test that spends CPU may run before it is stopped. */
  private static final int WALL_CAP = 5;

  /**
   * What stopped a test: its CPU budget or the wall-clock backstop, the limit it reached in
   * seconds, what it cost, and the call that did not return.
   */
  record Stop(
      boolean onWallClock,
      double limitSeconds,
      double cpuSeconds,
      double wallSeconds,
      String culprit) {}

  /** Reports a stopped test; it ends the JVM, so it never returns in practice. */
  interface StopHandler {
    void stopped(String testId, Stop stop);
  }

  private record Running(
      String id,
      Thread thread,
      long threadStartCpu,
      long startNanos,
      long startCpu,
      Map<Long, Long> earlierThreads,
      Duration cpuBudget,
      Duration wallLimit) {}

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final CodeUnderTest code;
  private final StopHandler handler;
  private Running running;

  TestWatchdog(CodeUnderTest code, StopHandler handler) {
    this.code = code;
    this.handler = handler;
  }

  /** Starts watching in a daemon thread, which the JVM's halt at the end of the run stops. */
  void start() {
    Thread watcher = new Thread(this::watch, "kubelab-test-watchdog");
    watcher.setDaemon(true);
    // Above the tests' threads, so a test that spins on every core is still seen in time.
    watcher.setPriority(Thread.MAX_PRIORITY);
    watcher.start();
  }

  /** Starts the clocks of test {@code id}, which runs in the calling thread. */
  synchronized void testStarted(String id, Duration cpuBudget, Duration wallLimit) {
    Map<Long, Long> earlier = new HashMap<>();
    long self = Thread.currentThread().getId();
    for (long thread : threads.getAllThreadIds()) {
      long cpu = threads.getThreadCpuTime(thread);
      if (thread != self && cpu >= 0) {
        earlier.put(thread, cpu);
      }
    }
    running =
        new Running(
            id,
            Thread.currentThread(),
            threads.getThreadCpuTime(self),
            System.nanoTime(),
            os.getProcessCpuTime(),
            earlier,
            cpuBudget,
            wallLimit);
  }

  /**
   * Stops the clocks of test {@code id} and returns the CPU seconds it spent. Synchronized with the
   * watch, so a test is either finished or stopped, never both.
   */
  synchronized double testFinished(String id) {
    if (running == null || !running.id().equals(id)) {
      return 0;
    }
    double cpu = cpuNanos(running) / 1e9;
    running = null;
    return cpu;
  }

  private void watch() {
    while (true) {
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      check();
    }
  }

  private synchronized void check() {
    if (running == null) {
      return;
    }
    long cpu = cpuNanos(running);
    long wall = System.nanoTime() - running.startNanos();
    long budget = running.cpuBudget().toNanos();
    long backstop = running.wallLimit().toNanos();
    boolean spun = cpu >= budget;
    boolean blocked = wall >= backstop && (cpu < budget / 4 || wall >= WALL_CAP * backstop);
    if (spun || blocked) {
      Duration limit =
          spun
              ? running.cpuBudget()
              : cpu < budget / 4 ? running.wallLimit() : running.wallLimit().multipliedBy(WALL_CAP);
      Stop stop =
          new Stop(!spun, limit.toMillis() / 1000.0, cpu / 1e9, wall / 1e9, culprit(running, spun));
      handler.stopped(running.id(), stop);
      running = null;
    }
  }

  /** The CPU time the test has spent so far: see the class comment. */
  private long cpuNanos(Running test) {
    long spentByEarlier = 0;
    for (Map.Entry<Long, Long> thread : test.earlierThreads().entrySet()) {
      long now = threads.getThreadCpuTime(thread.getKey());
      if (now >= 0) {
        spentByEarlier += now - thread.getValue();
      }
    }
    return Math.max(0, os.getProcessCpuTime() - test.startCpu() - spentByEarlier);
  }

  /**
   * Names the method of the code under test that did not return: for a spinning test, in the thread
   * of the test that spends the most CPU; for a blocked one, in the test's own thread first.
   */
  private String culprit(Running test, boolean spun) {
    Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
    Comparator<Thread> order =
        spun
            ? Comparator.comparingLong((Thread t) -> -cpuSince(test, t))
            : Comparator.comparing((Thread t) -> t != test.thread());
    return stacks.keySet().stream()
        .filter(t -> t == test.thread() || !test.earlierThreads().containsKey(t.getId()))
        .sorted(order)
        .map(t -> code.outermostCall(stacks.get(t)))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse("");
  }

  private long cpuSince(Running test, Thread thread) {
    long now = threads.getThreadCpuTime(thread.getId());
    long before =
        thread == test.thread()
            ? test.threadStartCpu()
            : test.earlierThreads().getOrDefault(thread.getId(), 0L);
    return now < 0 ? 0 : now - before;
  }
}
