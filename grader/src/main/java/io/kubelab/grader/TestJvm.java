package io.kubelab.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.runner.RunnerMain;
import java.io.File;
import java.io.IOException;
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
 * child. The child is tuned to start fast (C1 only, serial GC), as the tests are short.
 */
final class TestJvm {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one child JVM reported, and how it ended. */
  record Outcome(List<JsonNode> events, int exitCode, boolean timedOut, String outputTail) {}

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
        .map(Path::of)
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
    Path output = workspace.dir().resolve("output-" + attempt + ".log");
    Files.write(skipFile, skip);
    List<Path> runClasspath = new ArrayList<>(classpath);
    runClasspath.add(workspace.mainClasses());
    runClasspath.add(workspace.testClasses());

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + limits.heapMegabytes() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
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

    Process process =
        new ProcessBuilder(command)
            .directory(workspace.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    boolean finished = process.waitFor(Math.max(1, timeLeft.toMillis()), TimeUnit.MILLISECONDS);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
    }
    killLeftovers(workspace.dir());
    return new Outcome(readEvents(results), process.exitValue(), !finished, tail(output));
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

  private static List<JsonNode> readEvents(Path results) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    if (!Files.exists(results)) {
      return events;
    }
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      try {
        JsonNode event = JSON.readTree(line);
        if (event != null && event.hasNonNull("event")) {
          events.add(event);
        }
      } catch (IOException unreadable) {
        // A line cut short by a killed JVM carries no result; the test counts as not finished.
      }
    }
    return events;
  }

  private static String tail(Path output) throws IOException {
    if (!Files.exists(output)) {
      return "";
    }
    long size = Files.size(output);
    try (var in = Files.newInputStream(output)) {
      in.skipNBytes(Math.max(0, size - 2000));
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
