package io.kubelab.grader.bench;

import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.process.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WatchProcess is {@code ./kubelab watch} as the watch benchmark drives it: a separate process
 * started with the launcher's java command line, whose output lines are stamped as they arrive, so
 * that the time from a save to its verdict is what a person at the terminal waits for.
 */
final class WatchProcess implements AutoCloseable {
  /** Far more than any check takes; a verdict this late means watch is stuck. */
  private static final long VERDICT_TIMEOUT_SECONDS = 120;

  /** The verdict lines of WatchSession: a mark, the exercise id, and what happened. */
  private static final Pattern VERDICT =
      Pattern.compile("^\\S+ (\\S+) (passes|fails|does not compile|is not started)\\b");

  /** The folders of watch's test JVMs, as their command lines name them. */
  private static final Pattern WORKSPACE =
      Pattern.compile(
          Pattern.quote(
                  Path.of(System.getProperty("java.io.tmpdir"))
                      .toAbsolutePath()
                      .resolve("kubelab-grade-")
                      .toString())
              + "[^/\\\\:;\\s]+");

  /** One line of watch's output and when it arrived ({@link System#nanoTime}). */
  record Line(String text, long nanos) {}

  private final Process process;
  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final Deque<String> recent = new ArrayDeque<>();
  private boolean ended;

  private WatchProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts watch with {@code --timings} in {@code copy}, with the {@code kubelab} launcher's java
   * command line and its class archive if the build has one.
   */
  static WatchProcess start(Path copy, Path jar) throws IOException {
    JavaCommand command =
        new JavaCommand()
            .options(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
    Path archive = jar.resolveSibling("kubelab-cli.jsa");
    if (Files.isRegularFile(archive)) {
      command.options(
          List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:class+path=off"));
    }
    command
        .property("kubelab.home", copy)
        .classpath(List.of(jar, BuiltGrader.libraries(jar).resolve("*")))
        // By name: the command line depends on the benchmarks, not the other way round.
        .main("io.kubelab.grader.cli.Main", List.of("watch", "--timings"));
    Process process =
        new ProcessBuilder(command.toList())
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .start();
    WatchProcess watch = new WatchProcess(process);
    watch.readLines();
    return watch;
  }

  /** Reads watch's output into the queue, each line stamped with the moment it arrived. */
  private void readLines() {
    Charset charset = outputCharset();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), charset))) {
                for (String text; (text = in.readLine()) != null; ) {
                  lines.add(new Line(text, System.nanoTime()));
                }
              } catch (IOException ended) {
                // The pipe closed: watch has ended.
              }
              lines.add(new Line(null, System.nanoTime()));
            },
            "kubelab-bench-watch-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Returns the encoding watch writes in off a terminal: the platform's. */
  private static Charset outputCharset() {
    try {
      return Charset.forName(
          System.getProperty("native.encoding", Charset.defaultCharset().name()));
    } catch (IllegalArgumentException unknown) {
      // The verdict lines are matched on their ASCII part, so the default will do.
      return Charset.defaultCharset();
    }
  }

  /** Returns the first line that {@code wanted} accepts; fails with watch's last lines. */
  Line await(Predicate<String> wanted, String what) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(VERDICT_TIMEOUT_SECONDS);
    while (true) {
      Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.text() == null) {
        throw new IOException(
            (line == null
                    ? "watch did not show " + what + " within " + VERDICT_TIMEOUT_SECONDS + " s"
                    : "watch ended before it showed " + what)
                + "; its last lines:\n"
                + String.join("\n", recent));
      }
      remember(line.text());
      if (wanted.test(line.text())) {
        return line;
      }
    }
  }

  /** Takes the lines that arrived since the last verdict; returns how many were verdicts of id. */
  int drainVerdicts(String id) {
    int verdicts = 0;
    for (Line line; (line = lines.peek()) != null && line.text() != null; ) {
      lines.remove();
      remember(line.text());
      if (verdictOf(line.text(), id).isPresent()) {
        verdicts++;
      }
    }
    return verdicts;
  }

  /** The last lines watch printed, oldest first. */
  List<String> recent() {
    return List.copyOf(recent);
  }

  /** Returns what {@code line} says of exercise {@code id} ("passes", "fails"...), if a verdict. */
  static Optional<String> verdictOf(String line, String id) {
    Matcher matcher = VERDICT.matcher(line);
    return matcher.find() && matcher.group(1).equals(id)
        ? Optional.of(matcher.group(2))
        : Optional.empty();
  }

  private void remember(String line) {
    recent.addLast(line);
    if (recent.size() > 30) {
      recent.removeFirst();
    }
  }

  /**
   * Sends watch its quit key and waits for it to end; then checks that none of the processes it
   * started and none of their workspaces outlived it, ends any that did, and says so on {@code
   * out}.
   */
  void quit(PrintWriter out) throws IOException, InterruptedException {
    Map<Long, ProcessHandle> children = new LinkedHashMap<>();
    process.descendants().forEach(child -> children.put(child.pid(), child));
    long start = System.nanoTime();
    try (OutputStream keys = process.getOutputStream()) {
      keys.write("q\n".getBytes(StandardCharsets.US_ASCII));
    }
    // Watch may start a JVM while it ends; whatever it started while alive is counted.
    while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(child -> children.put(child.pid(), child));
      if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
        close();
        throw new IOException("watch did not end within 30 s of its quit key");
      }
    }
    ended = true;
    double seconds = (System.nanoTime() - start) / 1e9;
    Set<Path> workspaces = new LinkedHashSet<>();
    for (ProcessHandle child : children.values()) {
      Matcher folder = WORKSPACE.matcher(child.info().commandLine().orElse(""));
      while (folder.find()) {
        workspaces.add(Path.of(folder.group()));
      }
    }
    // A process killed as watch ended may take a moment to be gone.
    Thread.sleep(200);
    List<ProcessHandle> alive = children.values().stream().filter(ProcessHandle::isAlive).toList();
    List<Path> folders = workspaces.stream().filter(Files::exists).toList();
    out.printf(
        Locale.ROOT,
        "watch quit in %.2f s with status %d (%d process(es) of its own at the quit key); %s%n",
        seconds,
        process.exitValue(),
        children.size(),
        alive.isEmpty() && folders.isEmpty()
            ? "none left behind"
            : "left behind: "
                + alive.size()
                + " process(es), ended now, and the folders "
                + folders);
    out.flush();
    alive.forEach(ProcessHandle::destroyForcibly);
  }

  /** Ends watch and whatever it started, without asking, unless it has quit already. */
  @Override
  public void close() throws InterruptedException {
    if (ended) {
      return;
    }
    ended = true;
    ProcessTree.end(process);
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
