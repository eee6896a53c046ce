package io.kubelab.grader.jvm;

import io.kubelab.grader.kit.Exercise;
import java.time.Duration;

/**
 * Limits bound one submission's test run: CPU time per test, a wall-clock backstop per test, time
 * for all its tests, the test JVM's heap, how much it may print, and how often the run resumes in a
 * fresh JVM after a test brought the JVM down. With {@code exerciseBudgets}, an exercise the
 * catalog gives a CPU budget of its own ({@code cpu_seconds}) has that budget for its tests. A test
 * past its CPU budget or its wall-clock backstop fails; a JVM past the run's time limit or the
 * output cap is killed.
 *
 * <p>The per-test limit is CPU time, not wall time, because only CPU time is the same on an idle
 * and on a saturated machine: at load 10 on two cores a correct test takes five times as long on
 * the wall clock but spends the same CPU seconds. Each exercise's catalog entry sizes the budget of
 * its tests from the reference solution's own profile ({@code kubelab bench budgets} prints it):
 * two CPU-seconds where no reference test spends a tenth, five for jetcd-txn, whose real-etcd
 * checks spent up to 1.73 CPU-seconds at load 24 to 30 on two cores while the JIT compiled the gRPC
 * client. {@value #CPU_SECONDS} s is the budget of tests no exercise sizes (the kit's support
 * tests) and of every test when an instructor names one. A test that spins reaches its budget after
 * that many seconds of one core, so a hang costs a few CPU-seconds (at most {@code
 * CrashPolicy.CRASHES_PER_EXERCISE} times per exercise), and a loaded machine stretches only its
 * wall time.
 *
 * <p>Code that blocks without spending CPU (a deadlock, a sleep) is stopped by the wall-clock
 * backstop, {@value #WALL_SECONDS} s by default (or twice a test's own {@code @Timeout}), and the
 * grader runs such a test once more, alone, in a fresh JVM before it charges it.
 */
public record Limits(
    Duration perTest,
    Duration total,
    int heapMegabytes,
    long outputBytes,
    int resumes,
    Duration perTestWall,
    boolean exerciseBudgets) {

  /** The default CPU budget per test, in seconds; see the class comment for why. */
  public static final long CPU_SECONDS = 5;

  /**
   * The default wall-clock backstop per test, in seconds: long enough for the kit's slowest test at
   * load 40 on two cores, short enough that a deadlock still ends within the run's time limit.
   */
  public static final long WALL_SECONDS = 60;

  /**
   * How many times the run's CPU budget its wall-clock backstop is: a correct full grading spends
   * about 10 CPU-seconds in its test JVMs, so only a machine more than a hundred times slower than
   * an idle one reaches it with a correct submission.
   */
  public static final int TOTAL_WALL_FACTOR = 10;

  /** The default output cap: the kit's tests print a few kilobytes. */
  public static final long OUTPUT_BYTES = 8L << 20;

  /** A grading starts at most 40 test JVMs, so a pathological run still ends. */
  public static final int RESUMES = 39;

  /** Limits that give every test the CPU budget {@code perTest}, whatever its exercise. */
  public Limits(
      Duration perTest,
      Duration total,
      int heapMegabytes,
      long outputBytes,
      int resumes,
      Duration perTestWall) {
    this(perTest, total, heapMegabytes, outputBytes, resumes, perTestWall, false);
  }

  /** Limits with the default wall-clock backstop, or {@code perTest} if that is longer. */
  public Limits(
      Duration perTest, Duration total, int heapMegabytes, long outputBytes, int resumes) {
    this(perTest, total, heapMegabytes, outputBytes, resumes, backstop(perTest));
  }

  public Limits(Duration perTest, Duration total, int heapMegabytes, long outputBytes) {
    this(perTest, total, heapMegabytes, outputBytes, RESUMES);
  }

  public Limits(Duration perTest, Duration total, int heapMegabytes) {
    this(perTest, total, heapMegabytes, OUTPUT_BYTES);
  }

  /**
   * Each exercise's own CPU budget per test, {@value #CPU_SECONDS} CPU-seconds where the catalog
   * gives none, and 60 s of wall time per test, 3 CPU-minutes per submission, 256 MB, 8 MB of
   * output.
   */
  public static Limits defaults() {
    return new Limits(Duration.ofSeconds(CPU_SECONDS), Duration.ofMinutes(3), 256)
        .withExerciseBudgets();
  }

  /**
   * These limits, but a test of an exercise whose catalog entry sizes its own CPU budget gets that
   * budget instead of {@code perTest}: a spin in an exercise whose reference tests spend tenths of
   * a second is stopped after a second or two, not after the budget the costliest exercise needs.
   */
  public Limits withExerciseBudgets() {
    return new Limits(perTest, total, heapMegabytes, outputBytes, resumes, perTestWall, true);
  }

  /** The CPU budget of each test of {@code exercise}. */
  public Duration cpuBudgetOf(Exercise exercise) {
    return exerciseBudgets ? exercise.cpuBudget().orElse(perTest) : perTest;
  }

  /** The run's wall-clock backstop: {@value #TOTAL_WALL_FACTOR} times its CPU budget. */
  public Duration totalWall() {
    return total.multipliedBy(TOTAL_WALL_FACTOR);
  }

  private static Duration backstop(Duration perTest) {
    Duration wall = Duration.ofSeconds(WALL_SECONDS);
    return perTest.compareTo(wall) > 0 ? perTest : wall;
  }
}
