package io.kubelab.grader.jvm;

import io.kubelab.grader.process.ProcessTree;
import io.kubelab.grader.runner.ResultChannel;
import io.kubelab.grader.runner.RunRequest;
import io.kubelab.grader.runner.RunnerMain;
import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEventCodec;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * TestJvm runs test classes in a fresh JVM with a heap cap, a CPU budget per test and one for the
 * run (each with a wall-clock backstop), and reads back the {@link TestEvent}s its {@link
 * RunnerMain} wrote.
 *
 * <p>A separate JVM is what contains student code: {@code System.exit} ends only the child, an
 * {@code OutOfMemoryError} exhausts only the child's heap, and a busy loop is killed with the
 * child. The child is tuned to start fast (C1 only, serial GC and the {@link RunnerArchive} of the
 * libraries it loads), as the tests are short.
 */
public final class TestJvm {
  /** More than any run writes: some thousands of short lines. */
  private static final int MAX_RESULTS_BYTES = 64 << 20;

  /** How often a running JVM's CPU time is read against the run's CPU budget. */
  private static final Duration CPU_POLL = Duration.ofMillis(200);

  /**
   * Exit is how one child JVM ended (killed at the time limit or at the output cap, or its exit
   * status) and the events it reported before; {@code forgedLines} counts lines in the results file
   * that the runner did not sign; {@code cpu} is its CPU time as last seen while it ran (up to
   * {@code CPU_POLL} short).
   */
  public record Exit(
      List<TestEvent> events,
      int exitCode,
      boolean timedOut,
      boolean outputExceeded,
      int forgedLines,
      String outputTail,
      Duration cpu) {}

  private record Events(List<TestEvent> accepted, int forged) {}

  private final List<Path> classpath;
  private final Limits limits;
  private final Map<String, Duration> cpuBudgets;

  /**
   * A JVM for tests within {@code limits}, where the tests of a class {@code cpuBudgets} names have
   * that CPU budget instead of the limits' own.
   */
  public TestJvm(List<Path> classpath, Limits limits, Map<String, Duration> cpuBudgets) {
    this.classpath = List.copyOf(classpath);
    this.limits = limits;
    this.cpuBudgets = Map.copyOf(cpuBudgets);
  }

  /** Returns the classpath the grader itself runs with: JUnit, AssertJ, ArchUnit, the runner. */
  public static List<Path> ownClasspath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(entry -> !entry.isBlank())
        // Absolute, because the test JVM runs in the workspace, not where the grader started.
        .map(entry -> Path.of(entry).toAbsolutePath())
        .toList();
  }

  /**
   * Returns the libraries a test JVM runs with: the grader's own classpath, with any class folder
   * packed into a jar so the {@link RunnerArchive} can cover every entry.
   */
  public static List<Path> runnerClasspath() {
    return ClassFolderJars.of(ownClasspath());
  }

  /** Starts a JVM in {@code dir} to run tests in at once. */
  public WarmJvm start(Path dir) throws IOException {
    return WarmJvm.start(dir, classpath, limits.heapMegabytes(), false);
  }

  /**
   * Runs {@code classes} in {@code jvm} (only the tests {@code only} names, if any), skipping the
   * tests in {@code skip}, until the JVM has spent {@code cpuLeft} of CPU time or run for {@code
   * wallLeft}; the JVM has ended when this returns.
   */
  public Exit run(
      WarmJvm jvm,
      List<String> classes,
      List<String> only,
      Collection<String> skip,
      Duration cpuLeft,
      Duration wallLeft,
      int attempt)
      throws IOException, InterruptedException {
    Path results = jvm.dir().resolve("results-" + attempt + ".jsonl");
    Path skipFile = jvm.dir().resolve("skip-" + attempt + ".txt");
    Files.write(skipFile, skip);
    Process process = jvm.process();
    // A warm JVM has spent CPU loading libraries before its tests were known; that is not theirs.
    Duration before = cpuOf(process);
    byte[] key = ResultChannel.newKey();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(ResultChannel.keyLine(key).getBytes(StandardCharsets.US_ASCII));
      stdin.write(
          RunRequest.of(
                  results,
                  skipFile,
                  limits.perTest(),
                  limits.perTestWall(),
                  cpuBudgets,
                  classes,
                  only)
              .toLine()
              .getBytes(StandardCharsets.UTF_8));
    } catch (IOException exitedAtOnce) {
      // The JVM ended before reading its request; its exit status tells why.
    }
    OutputCap output = OutputCap.start(process, limits.outputBytes());
    long wallEnd = System.nanoTime() + wallLeft.toNanos();
    Duration spent = Duration.ZERO;
    boolean finished;
    while (!(finished = process.waitFor(CPU_POLL.toMillis(), TimeUnit.MILLISECONDS))) {
      spent = cpuOf(process).minus(before);
      if (spent.compareTo(cpuLeft) >= 0 || System.nanoTime() >= wallEnd) {
        break;
      }
    }
    if (!finished) {
      ProcessTree.end(process);
      process.waitFor();
    }
    killLeftovers(jvm.dir());
    output.join();
    Events events = readEvents(results, key);
    return new Exit(
        events.accepted(),
        process.exitValue(),
        !finished,
        output.exceeded(),
        events.forged(),
        output.tail(),
        spent);
  }

  /** The CPU time {@code process} has spent so far; zero once it has ended. */
  private static Duration cpuOf(Process process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /**
   * Kills processes the tests started and the JVM could not stop (it exited without running its
   * shutdown hooks): any process whose command line names a path inside the workspace.
   */
  private static void killLeftovers(Path workspace) {
    String marker = workspace.toString();
    ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().filter(c -> c.contains(marker)).isPresent())
        .filter(process -> process.pid() != ProcessHandle.current().pid())
        .forEach(ProcessHandle::destroyForcibly);
  }

  private static Events readEvents(Path results, byte[] key) throws IOException {
    List<TestEvent> events = new ArrayList<>();
    int forged = 0;
    if (!Files.exists(results)) {
      return new Events(events, forged);
    }
    List<String> lines;
    try (var in = Files.newInputStream(results)) {
      // Decoded leniently: code under test may have written any bytes into the file.
      lines = new String(in.readNBytes(MAX_RESULTS_BYTES), StandardCharsets.UTF_8).lines().toList();
    }
    TestEventCodec codec = new TestEventCodec(key);
    for (String line : lines) {
      var event = codec.decode(line);
      if (event.isEmpty()) {
        // A line cut short by a killed JVM is not signed either; it carries no result.
        forged += line.isBlank() ? 0 : 1;
        continue;
      }
      events.add(event.get());
    }
    return new Events(events, forged);
  }
}
