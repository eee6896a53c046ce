package io.kubelab.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.runner.ResultChannel;
import io.kubelab.grader.runner.RunnerMain;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * TestJvm runs test classes in a fresh JVM with a heap cap and a wall-clock limit, and reads back
 * the JSON lines its {@link RunnerMain} wrote.
 *
 * <p>A separate JVM is what contains student code: {@code System.exit} ends only the child, an
 * {@code OutOfMemoryError} exhausts only the child's heap, and a busy loop is killed with the
 * child. The child is tuned to start fast (C1 only, serial GC and the {@link RunnerArchive} of the
 * libraries it loads), as the tests are short.
 */
final class TestJvm {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** More than any run writes: some thousands of short lines. */
  private static final int MAX_RESULTS_BYTES = 64 << 20;

  /**
   * What one child JVM reported, and how it ended: killed at the time limit, or at the output cap;
   * {@code forgedLines} counts lines in the results file that the runner did not sign.
   */
  record Outcome(
      List<JsonNode> events,
      int exitCode,
      boolean timedOut,
      boolean outputExceeded,
      int forgedLines,
      String outputTail) {}

  private record Events(List<JsonNode> accepted, int forged) {}

  private final List<Path> classpath;
  private final Limits limits;

  TestJvm(List<Path> classpath, Limits limits) {
    this.classpath = List.copyOf(classpath);
    this.limits = limits;
  }

  /** Returns the classpath the grader itself runs with: JUnit, AssertJ, ArchUnit, the runner. */
  static List<Path> ownClasspath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(entry -> !entry.isBlank())
        // Absolute, because the test JVM runs in the workspace, not where the grader started.
        .map(entry -> Path.of(entry).toAbsolutePath())
        .toList();
  }

  /** Runs {@code classes}, skipping the tests in {@code skip}, for at most {@code timeLeft}. */
  Outcome run(
      Workspace workspace,
      List<String> classes,
      Collection<String> skip,
      Duration timeLeft,
      int attempt)
      throws IOException, InterruptedException {
    Path results = workspace.dir().resolve("results-" + attempt + ".jsonl");
    Path skipFile = workspace.dir().resolve("skip-" + attempt + ".txt");
    Files.write(skipFile, skip);
    List<Path> runClasspath = new ArrayList<>(classpath);
    runClasspath.add(workspace.mainClasses());
    runClasspath.add(workspace.testClasses());

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + limits.heapMegabytes() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.addAll(RunnerArchive.jvmOptions());
    RunnerArchive.forClasspath(classpath)
        .ifPresent(
            archive -> {
              command.add("-XX:SharedArchiveFile=" + archive);
              // An archive that no longer matches is ignored without a word, never fatal.
              command.add("-Xlog:cds=off");
              command.add("-Xlog:class+path=off");
            });
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.awt.headless=true");
    command.add("-Dkubelab.skip=" + skipFile);
    // Temp files (etcd data dirs among them) go under the workspace, so whatever the tests leave
    // behind can be found by path and removed, even after the JVM was killed.
    Path temp = Files.createDirectories(workspace.dir().resolve("tmp"));
    command.add("-Djava.io.tmpdir=" + temp);
    command.add("-Dkubelab.testTimeout=" + limits.perTest().toSeconds() + " s");
    command.add("-cp");
    command.add(
        runClasspath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add(RunnerMain.class.getName());
    command.add(results.toString());
    command.addAll(classes);

    byte[] key = ResultChannel.newKey();
    Process process =
        new ProcessBuilder(command)
            .directory(workspace.dir().toFile())
            .redirectErrorStream(true)
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(ResultChannel.keyLine(key).getBytes(StandardCharsets.US_ASCII));
    } catch (IOException exitedAtOnce) {
      // The JVM ended before reading its key; its exit status tells why.
    }
    OutputCap output = OutputCap.start(process, limits.outputBytes());
    boolean finished = process.waitFor(Math.max(1, timeLeft.toMillis()), TimeUnit.MILLISECONDS);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
    }
    killLeftovers(workspace.dir());
    output.join();
    Events events = readEvents(results, key);
    return new Outcome(
        events.accepted(),
        process.exitValue(),
        !finished,
        output.exceeded(),
        events.forged(),
        output.tail());
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
    List<JsonNode> events = new ArrayList<>();
    int forged = 0;
    if (!Files.exists(results)) {
      return new Events(events, forged);
    }
    List<String> lines;
    try (var in = Files.newInputStream(results)) {
      // Decoded leniently: code under test may have written any bytes into the file.
      lines = new String(in.readNBytes(MAX_RESULTS_BYTES), StandardCharsets.UTF_8).lines().toList();
    }
    for (String line : lines) {
      var json = ResultChannel.verify(key, line);
      if (json.isEmpty()) {
        // A line cut short by a killed JVM is not signed either; it carries no result.
        forged += line.isBlank() ? 0 : 1;
        continue;
      }
      JsonNode event = JSON.readTree(json.get());
      if (event != null && event.hasNonNull("event")) {
        events.add(event);
      }
    }
    return new Events(events, forged);
  }
}
