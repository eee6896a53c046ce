package io.kubelab.grader.bench;

import io.kubelab.grader.export.StudentKit;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.process.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import java.util.stream.Stream;

/**
 * WatchBenchmark measures what a student waits for with {@code ./kubelab watch}: the time from
 * saving an exercise's file to the verdict line on watch's output, and, in the same run, {@code mvn
 * -q -o test} of that exercise's tests.
 *
 * <p>Watch runs as a student runs it: a separate process started with the launcher's java command
 * line, in a fresh student kit, its output read from a pipe. The saves alternate the reference
 * solution and a known-wrong variant, so every save changes the file and has a known verdict.
 *
 * <p>Watch runs with {@code --timings}, so each check also says where its time went (set-up,
 * compile, the test JVM and the tests in it); the benchmark prints the medians of those phases.
 * With {@code busy}, two busy processes per core run during the whole benchmark, watch and Maven
 * alike, as on a student's busy laptop.
 */
public final class WatchBenchmark {
  private static final String EXERCISE = "random-scheduler";
  private static final String WRONG_VARIANT = "always-first";
  private static final int MAVEN_RUNS = 3;

  /**
   * The pause after each verdict before the next save. A person reads the verdict before saving
   * again, and watch starts its next test JVM only after a check has ended, so that its warm-up
   * does not slow the check being waited for; saving again at once would time a cold JVM no student
   * meets. 1.5 s is a quick reader.
   */
  private static final long READING_MILLIS = 1500;

  /** Far more than any check takes; a verdict this late means watch is stuck. */
  private static final long VERDICT_TIMEOUT_SECONDS = 120;

  /** The verdict lines of WatchSession: a mark, the exercise id, and what happened. */
  private static final Pattern VERDICT =
      Pattern.compile("^\\S+ (\\S+) (passes|fails|does not compile|is not started)\\b");

  private static final Pattern CHECK_SECONDS = Pattern.compile("\\((\\d+\\.\\d+) s\\)");

  /** WatchSession's timings line: the check and its phases, in order. */
  private static final Pattern TIMINGS =
      Pattern.compile(
          "^timings: check (\\S+) s = set-up (\\S+) s \\+ compile (\\S+) s \\+ test JVM (\\S+) s"
              + " \\(of which the tests themselves (\\S+) s");

  private static final List<String> PHASES =
      List.of(
          "check",
          "set-up",
          "compile",
          "test JVM",
          "  the tests themselves",
          "  JVM start, class loading, test discovery");

  /** The folders of watch's test JVMs, as their command lines name them. */
  private static final Pattern WORKSPACE =
      Pattern.compile(
          Pattern.quote(
                  Path.of(System.getProperty("java.io.tmpdir"))
                      .toAbsolutePath()
                      .resolve("kubelab-grade-")
                      .toString())
              + "[^/\\\\:;\\s]+");

  private final Kit kit;
  private final PrintWriter out;

  public WatchBenchmark(Kit kit, PrintWriter out) {
    this.kit = kit;
    this.out = out;
  }

  /** One line of watch's output and when it arrived ({@link System#nanoTime}). */
  private record Line(String text, long nanos) {}

  /**
   * Runs {@code edits} saves through watch, then {@value #MAVEN_RUNS} runs of mvn test; with {@code
   * busy}, two busy processes per core run meanwhile.
   */
  public void run(int edits, boolean busy) throws IOException, InterruptedException {
    if (edits < 1) {
      throw new IllegalArgumentException("the watch benchmark needs at least 1 save, not " + edits);
    }
    Exercise exercise =
        kit.catalog()
            .exercise(EXERCISE)
            .orElseThrow(() -> new IllegalStateException("the catalog has no " + EXERCISE));
    String file = exercise.files().get(0);
    byte[] solution = readFrom(kit.solutions().resolve(file), "the reference solutions");
    byte[] wrong =
        readFrom(
            kit.variants().resolve(EXERCISE).resolve(WRONG_VARIANT).resolve(file),
            "the grader's wrong variants");
    Path jar = kit.graderJar();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the benchmark runs the built grader, and "
              + jar
              + " is missing; build it with ./mvnw -q -B -DskipTests package");
    }

    Path work = Files.createTempDirectory("kubelab-bench-watch-");
    Path copy = work.resolve("kit");
    Process watch = null;
    int cores = Runtime.getRuntime().availableProcessors();
    try (BusyProcesses load = BusyProcesses.start(busy ? 2 * cores : 0)) {
      out.printf(
          Locale.ROOT,
          "%s; %d cores; load average %.1f%n",
          busy ? load.count() + " busy processes running (two per core)" : "no busy processes",
          cores,
          loadAverage());
      StudentKit.export(kit, copy);
      Path saved = copy.resolve(Kit.EXERCISES).resolve(file);
      watch = startWatch(copy, jar);
      BlockingQueue<Line> lines = readLines(watch);
      Deque<String> recent = new ArrayDeque<>();

      double loadBefore = loadAverage();
      long started = System.nanoTime();
      Line first = await(lines, recent, line -> line.contains("[q] quit"), "its first screen");
      out.printf(
          Locale.ROOT,
          "watch showed its first screen in %.2f s%n",
          (first.nanos() - started) / 1e9);
      out.flush();

      List<Double> latencies = new ArrayList<>();
      List<double[]> phases = new ArrayList<>();
      for (int i = 1; i <= edits; i++) {
        Thread.sleep(READING_MILLIS);
        int extra = drainVerdicts(lines, recent, exercise.id());
        if (extra > 0) {
          out.printf("  (watch showed %d verdict(s) no save asked for)%n", extra);
        }
        boolean right = i % 2 == 1;
        String expected = right ? "passes" : "fails";
        long start = System.nanoTime();
        Files.write(saved, right ? solution : wrong);
        Line verdict =
            await(
                lines,
                recent,
                line -> isVerdict(line, exercise.id()),
                "the verdict of save " + i + " (" + (right ? "solution" : WRONG_VARIANT) + ")");
        Matcher kind = VERDICT.matcher(verdict.text());
        kind.find();
        if (!kind.group(2).equals(expected)) {
          throw new IOException(
              "save "
                  + i
                  + " should make "
                  + exercise.id()
                  + " "
                  + expected
                  + ", but watch showed: "
                  + verdict.text());
        }
        double seconds = (verdict.nanos() - start) / 1e9;
        latencies.add(seconds);
        timings(recent).ifPresent(phases::add);
        Matcher check = CHECK_SECONDS.matcher(verdict.text());
        out.printf(
            Locale.ROOT,
            "save %2d, %-12s %-6s in %.2f s (watch's own check: %s s)%n",
            i,
            right ? "solution:" : WRONG_VARIANT + ":",
            expected,
            seconds,
            check.find() ? check.group(1) : "?");
        out.flush();
      }
      double watchMedian = median(latencies);
      double watchWorst = latencies.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      printPhases(phases, watchMedian);
      out.printf(
          Locale.ROOT,
          "watch, save to verdict: median %.2f s, worst %.2f s over %d saves"
              + " (%d cores, %s; load average %.1f at the start, %.1f now)%n",
          watchMedian,
          watchWorst,
          latencies.size(),
          cores,
          busy ? load.count() + " busy processes" : "no busy processes",
          loadBefore,
          loadAverage());
      out.flush();

      // Quit before Maven runs, so they do not share the machine with watch and its waiting JVM.
      quit(watch);
      watch = null;

      double mavenLoadBefore = loadAverage();
      List<Double> maven = new ArrayList<>();
      String testClass = simpleName(exercise.tests().get(0));
      for (int i = 1; i <= MAVEN_RUNS; i++) {
        // Saved again before each run, as a student saves before running the tests: Maven then
        // compiles as it would after an edit, not "nothing to compile".
        Files.write(saved, solution);
        MavenTest run = mavenTest(copy, testClass, work.resolve("mvn-" + i + ".log"));
        maven.add(run.seconds());
        out.printf(
            Locale.ROOT,
            "mvn -q -o test -Dtest=%s, run %d: %.2f s (%d tests)%n",
            testClass,
            i,
            run.seconds(),
            run.tests());
        out.flush();
      }
      double mavenMedian = median(maven);
      double ratio = mavenMedian / watchMedian;
      out.printf(
          Locale.ROOT,
          "mvn test: median %.2f s (load average %.1f at the start, %.1f now);"
              + " mvn median / watch median = %.1f%n",
          mavenMedian,
          mavenLoadBefore,
          loadAverage(),
          ratio);
      if (busy) {
        out.printf(
            Locale.ROOT,
            "targets with two busy processes per core: median <= 1 s (%s), >= 10x faster than mvn"
                + " test (%s)%n",
            met(watchMedian <= 1),
            met(ratio >= 10));
      } else {
        out.printf(
            Locale.ROOT,
            "targets on an idle machine: median <= 0.4 s (%s), worst <= 0.8 s (%s); meaningful only"
                + " if the load average above stayed well below %d%n",
            met(watchMedian <= 0.4),
            met(watchWorst <= 0.8),
            cores);
      }
      out.flush();
    } finally {
      if (watch != null) {
        stop(watch);
      }
      FileTrees.delete(work);
    }
  }

  private static String met(boolean met) {
    return met ? "met" : "missed";
  }

  /** Returns the phases of the timings line watch printed before its last verdict, if any. */
  private static Optional<double[]> timings(Deque<String> recent) {
    List<String> lines = new ArrayList<>(recent);
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher timings = TIMINGS.matcher(lines.get(i));
      if (timings.find()) {
        double[] phases = new double[PHASES.size()];
        for (int phase = 0; phase < 5; phase++) {
          phases[phase] = Double.parseDouble(timings.group(phase + 1));
        }
        phases[5] = phases[3] - phases[4];
        return Optional.of(phases);
      }
    }
    return Optional.empty();
  }

  /**
   * Prints the median of each phase over the saves; what watch's check does not cover (noticing the
   * save, drawing the verdict) is the save-to-verdict median less the check's.
   */
  private void printPhases(List<double[]> phases, double watchMedian) {
    if (phases.isEmpty()) {
      out.println("(watch printed no timings)");
      return;
    }
    out.printf("where the time went, median of %d checks:%n", phases.size());
    for (int phase = 0; phase < PHASES.size(); phase++) {
      int index = phase;
      out.printf(
          Locale.ROOT,
          "  %-42s %.3f s%n",
          PHASES.get(phase),
          median(phases.stream().map(p -> p[index]).toList()));
    }
    out.printf(
        Locale.ROOT,
        "  %-42s %.3f s%n",
        "noticing the save and drawing (the rest)",
        watchMedian - median(phases.stream().map(p -> p[0]).toList()));
  }

  /** Starts watch in {@code copy} with the {@code kubelab} launcher's java command line. */
  private static Process startWatch(Path copy, Path jar) throws IOException {
    List<String> command =
        new JavaCommand()
            .option("-XX:TieredStopAtLevel=1")
            .option("-XX:+UseSerialGC")
            .property("kubelab.home", copy)
            .classpath(List.of(jar, jar.resolveSibling("lib").resolve("*")))
            // By name: the command line depends on the benchmarks, not the other way round.
            .main("io.kubelab.grader.cli.Main", List.of("watch", "--timings"))
            .toList();
    return new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true).start();
  }

  /** Reads watch's output into a queue, each line stamped with the moment it arrived. */
  private static BlockingQueue<Line> readLines(Process watch) {
    Charset charset = outputCharset();
    BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(watch.getInputStream(), charset))) {
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
    return lines;
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
  private static Line await(
      BlockingQueue<Line> lines, Deque<String> recent, Predicate<String> wanted, String what)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(VERDICT_TIMEOUT_SECONDS);
    while (true) {
      Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.text() == null) {
        throw new IOException(
            (line == null
                    ? "watch showed no " + what + " within " + VERDICT_TIMEOUT_SECONDS + " s"
                    : "watch ended before it showed " + what)
                + "; its last lines:\n"
                + String.join("\n", recent));
      }
      remember(recent, line.text());
      if (wanted.test(line.text())) {
        return line;
      }
    }
  }

  /** Takes the lines that arrived since the last verdict; returns how many were verdicts. */
  private static int drainVerdicts(BlockingQueue<Line> lines, Deque<String> recent, String id) {
    int verdicts = 0;
    for (Line line; (line = lines.peek()) != null && line.text() != null; ) {
      lines.remove();
      remember(recent, line.text());
      if (isVerdict(line.text(), id)) {
        verdicts++;
      }
    }
    return verdicts;
  }

  private static boolean isVerdict(String line, String id) {
    Matcher matcher = VERDICT.matcher(line);
    return matcher.find() && matcher.group(1).equals(id);
  }

  private static void remember(Deque<String> recent, String line) {
    recent.addLast(line);
    if (recent.size() > 30) {
      recent.removeFirst();
    }
  }

  /**
   * Sends watch its quit key and waits for it to end; then checks that none of the processes it
   * started and none of their workspaces outlived it, and ends any that did.
   */
  private void quit(Process watch) throws IOException, InterruptedException {
    Map<Long, ProcessHandle> children = new LinkedHashMap<>();
    watch.descendants().forEach(child -> children.put(child.pid(), child));
    long start = System.nanoTime();
    try (OutputStream keys = watch.getOutputStream()) {
      keys.write("q\n".getBytes(StandardCharsets.US_ASCII));
    }
    // Watch may start a JVM while it ends; whatever it started while alive is counted.
    while (!watch.waitFor(20, TimeUnit.MILLISECONDS)) {
      watch.descendants().forEach(child -> children.put(child.pid(), child));
      if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
        stop(watch);
        throw new IOException("watch did not end within 30 s of its quit key");
      }
    }
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
        watch.exitValue(),
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

  /** Ends watch and whatever it started, without asking. */
  private static void stop(Process watch) throws InterruptedException {
    ProcessTree.end(watch);
    watch.waitFor(10, TimeUnit.SECONDS);
  }

  /** Times {@code mvn -q -o test -Dtest=<testClass>} in the copy's exercises/, with its mvnw. */
  private static MavenTest mavenTest(Path copy, String testClass, Path log)
      throws IOException, InterruptedException {
    MavenTest maven =
        MavenTest.run(
            copy.resolve("mvnw"), copy.resolve(Kit.EXERCISES), log, "-Dtest=" + testClass);
    if (maven.exitCode() != 0 || maven.tests() == 0) {
      throw new IOException(
          "mvn test with the reference solution should pass, but it ended with status "
              + maven.exitCode()
              + ":\n"
              + tail(log));
    }
    return maven;
  }

  /**
   * Returns the machine's load average over the last minute, or -1 where there is none: the numbers
   * are only as quiet as the machine.
   */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String tail(Path log) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    }
  }

  private static byte[] readFrom(Path file, String what) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the watch benchmark needs " + what + ", which this kit does not have: " + file);
    }
    return Files.readAllBytes(file);
  }

  private static String simpleName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
