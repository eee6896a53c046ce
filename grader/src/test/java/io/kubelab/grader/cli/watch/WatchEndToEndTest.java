package io.kubelab.grader.cli.watch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.kubelab.grader.export.StudentKit;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WatchEndToEndTest runs {@code watch} in a real terminal (a tmux pane with a shell) in a fresh
 * student kit, and uses it as a student does: it presses keys, saves files and reads the screen.
 * Every screen it waited for is written to {@code grader/target/watch-transcript.txt}.
 */
@DisplayName("kubelab watch in a terminal")
class WatchEndToEndTest {
  // Caps for a watch that never answers, not verdicts: what is checked is what the screen shows,
  // never how soon. On a machine at load 40 one check took over a minute, and the hanging test's
  // CPU budget took longer still, so the caps are far above any answer that comes at all.
  private static final Duration FIRST_START = Duration.ofMinutes(10);
  private static final Duration STEP = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofMillis(50);

  /** The pane's shell prompt, as capture-pane shows it (trailing spaces stripped). */
  private static final String PROMPT = "e2e$";

  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";
  private static final String RANDOM_SCHEDULER =
      "src/main/java/io/kubelab/scheduler/RandomScheduler.java";
  private static final String CONSTRUCTOR = "public RandomScheduler(RandomGenerator random) {";
  private static final String EMPTY_CHECK = "if (machines == null || machines.isEmpty()) {";
  private static final String ALWAYS_FIRST =
      "grader/src/test/variants/random-scheduler/always-first/";

  /** The pane's width: watch wraps hints to it. */
  private static final int COLUMNS = 120;

  // A private tmux server: the test neither sees nor disturbs anyone's sessions.
  private final String socket =
      "kubelab-watch-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  private final StringBuilder transcript = new StringBuilder();
  private final long startNanos = System.nanoTime();
  private Path transcriptFile;
  private boolean serverStarted;
  private long panePid = -1;
  private Path socketFile;
  private boolean finished;

  @BeforeEach
  void needsTmux() throws IOException {
    String missing = tmuxMissing();
    if (missing != null) {
      String message = "this test drives watch in a real terminal and needs tmux: " + missing;
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI must provide it: see .ci/run)");
      }
      abort(message);
    }
    transcriptFile = Kit.locate().root().resolve("grader/target/watch-transcript.txt");
  }

  @AfterEach
  void stopTmux() throws IOException, InterruptedException {
    if (!serverStarted) {
      return;
    }
    if (!finished) {
      try {
        record("the pane when the test stopped", screen());
      } catch (IOException paneGone) {
        record("the pane when the test stopped: gone (" + paneGone.getMessage() + ")", "");
      }
    }
    List<ProcessHandle> left = underShell();
    try {
      tmux("kill-server");
    } catch (IOException alreadyGone) {
      // The server ended with its last pane.
    }
    // A killed server leaves its socket behind.
    if (socketFile != null) {
      Files.deleteIfExists(socketFile);
    }
    // The pane's hang-up ends watch and its test JVMs; anything still running was started here.
    for (ProcessHandle process : left) {
      process.destroy();
    }
    for (ProcessHandle process : left) {
      try {
        process.onExit().get(5, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  @DisplayName(
      "re-checks every save, counts right after a hang, shows a compile error and the key line of a"
          + " big failure, survives System.exit, redraws on keys, and gives the terminal back on q"
          + " with what was typed after it; then reset, restore and lesson by file name")
  void aStudentSession(@TempDir Path dir) throws Exception {
    Kit source = Kit.locate();
    Path kit = dir.resolve("kit");
    StudentKit.export(source, kit);
    Path exercises = kit.resolve("exercises");
    String stub = Files.readString(exercises.resolve(RANDOM_SCHEDULER));
    Exercise first = source.catalog().exercises().get(0);
    Exercise second = source.catalog().exercises().get(1);
    assertThat(first.id()).as("the course's first exercise").isEqualTo("string-set");

    writeLauncher(dir.resolve("kubelab"), kit);
    startShell(kit);
    String screen = await(STEP, s -> s.contains(PROMPT));
    assertThat(screen).as("the pane's shell prompt:%n%s", screen).contains(PROMPT);

    typeLine("../kubelab watch");
    screen = await(FIRST_START, complete("· string-set is not started"));
    record("1. watch starts in a fresh student kit", screen);
    assertThat(screen)
        .as("watch's first screen shows the first exercise, not started:%n%s", screen)
        .contains("(string-set, lesson " + first.lesson() + ")")
        .contains("Edit exercises/" + STRING_SET)
        .contains("· string-set is not started: its file is still the stub")
        .contains("[h] hint 1 of " + first.hints().size());

    type("h");
    String hint = "Hint 1 of " + first.hints().size() + ": " + first.hints().get(0);
    screen = await(STEP, s -> words(s).contains(words(hint)));
    record("2. h", screen);
    assertThat(words(screen)).as("h shows the first hint:%n%s", screen).contains(words(hint));
    assertThat(screen.lines())
        .as("every line fits the %d-column pane, wrapped at word boundaries:%n%s", COLUMNS, screen)
        .allSatisfy(line -> assertThat(line.length()).isLessThan(COLUMNS));

    type("h");
    String secondHint = "Hint 2 of " + first.hints().size();
    screen = await(STEP, complete(secondHint));
    record("2b. h again", screen);
    assertThat(occurrences(screen, "Hint 1 of "))
        .as("h redraws the screen with the hints so far, once each:%n%s", screen)
        .isEqualTo(1);

    saveByRename(
        exercises.resolve(STRING_SET), Files.readString(source.solutions().resolve(STRING_SET)));
    screen = await(STEP, complete("· " + second.id() + " is next"));
    record("3. save the reference solution of StringSet", screen);
    assertThat(screen)
        .as("the solution passes and the next exercise is shown:%n%s", screen)
        .contains("✓ string-set passes all its visible tests")
        .contains("[s] the reference solution   [e] what happened next upstream")
        .contains("(" + second.id() + ", lesson " + second.lesson() + ")")
        .contains("· " + second.id() + " is next: save the file to check it.");

    String epilogue = source.catalog().lesson(first.lesson()).orElseThrow().epilogue();
    type("e");
    screen = await(STEP, complete(epilogue));
    record("3b. e", screen);
    assertThat(occurrences(screen, "✓ string-set passes all its visible tests"))
        .as("e redraws the screen: the verdict once, above the epilogue:%n%s", screen)
        .isEqualTo(1);
    String nextHint = "Hint 1 of " + second.hints().size() + ": ";
    type("h");
    screen = await(STEP, complete(nextHint));
    record("3c. h after e", screen);
    assertThat(screen)
        .as("the next key redraws the screen instead of appending to the epilogue:%n%s", screen)
        .doesNotContain(epilogue);
    // A student kit has no solutions/: s says so, in place of the hint.
    type("s");
    screen = await(STEP, complete("This kit has no reference solutions"));
    record("3d. s", screen);
    assertThat(occurrences(screen, "✓ string-set passes all its visible tests"))
        .as("s redraws the screen: the verdict once, above what s shows:%n%s", screen)
        .isEqualTo(1);
    assertThat(screen).as("s replaced the hint:%n%s", screen).doesNotContain(nextHint);

    String solution = Files.readString(source.solutions().resolve(RANDOM_SCHEDULER));
    save(
        exercises.resolve(RANDOM_SCHEDULER),
        solution.replace(
            EMPTY_CHECK,
            "while (machines.isEmpty()) {\n      Thread.onSpinWait();\n    }\n    " + EMPTY_CHECK));
    screen = await(STEP, complete("✗ random-scheduler fails"));
    record("4. save a RandomScheduler that spins forever on an empty list", screen);
    assertThat(screen)
        .as("the hang fails its own test only; the others ran in a fresh JVM and pass:%n%s", screen)
        .contains("(random-scheduler, lesson pr-286)")
        .contains("✗ random-scheduler fails: 4 of 5 visible tests pass")
        .contains("First failure: ")
        .contains("refuses an empty minion list");
    assertWatchAlive(screen);
    assertThat(awaitAtMost(1, this::testJvms))
        .as("the hanging test JVM is ended; at most the next, pre-started one is left")
        .hasSizeLessThanOrEqualTo(1);

    save(
        exercises.resolve(RANDOM_SCHEDULER),
        Files.readString(
            source
                .root()
                .resolve(ALWAYS_FIRST)
                .resolve("src/main/java/io/kubelab/scheduler/RandomScheduler.java")));
    // The screen before says "fails" too: wait for this failure's own lines.
    screen = await(STEP, complete("could not find the following element(s)"));
    record("4b. save a RandomScheduler that always chooses the first machine", screen);
    assertThat(screen)
        .as("the line that explains the failure is on the first screen:%n%s", screen)
        .contains("✗ random-scheduler fails: 4 of 5 visible tests pass")
        .contains("[400 elements: \"m1\" ×400]")
        .contains("could not find the following element(s):\n    [\"m2\", \"m3\", \"m4\"]");

    save(exercises.resolve(RANDOM_SCHEDULER), withConstructorBody(stub, "Thread.onSpinWait()"));
    screen = await(STEP, complete("✗ random-scheduler does not compile"));
    record("5. save a RandomScheduler that does not compile", screen);
    assertThat(screen)
        .as("a compile error is shown as the compiler's message, file and line:%n%s", screen)
        .contains("✗ random-scheduler does not compile")
        .containsPattern("RandomScheduler\\.java, line \\d+: ';' expected")
        .doesNotContain("the untouched stub was graded instead");

    save(exercises.resolve(RANDOM_SCHEDULER), withConstructorBody(stub, "System.exit(3);"));
    screen = await(STEP, complete("✗ random-scheduler fails"));
    record("6. save a RandomScheduler that calls System.exit", screen);
    assertThat(screen)
        .as("System.exit ends only the test JVM, and watch says so:%n%s", screen)
        .contains("✗ random-scheduler fails: 0 of ")
        .contains("the test JVM stopped with exit status 3")
        .contains("System.exit");
    assertWatchAlive(screen);

    // q, and at once the next command, as a student types ahead of the prompt.
    type("qecho typed-ahead");
    press("Enter");
    screen = await(STEP, s -> s.contains("Bye.") && outputOf("echo typed-ahead", s) != null);
    record("7. q, then a command typed ahead", screen);
    // Whether the terminal shows the typed-ahead Enter as a blank line before the prompt depends
    // on when the shell reads it, so any number of line ends may come between.
    assertThat(screen)
        .as("q ends watch and the shell prompt is back:%n%s", screen)
        .containsPattern(
            Pattern.quote("Bye. Your progress is kept in exercises/.kubelab-progress.json.")
                + "\n+"
                + Pattern.quote(PROMPT));
    assertThat(outputOf("echo typed-ahead", screen))
        .as("what was typed after q reached the shell:%n%s", screen)
        .isEqualTo("typed-ahead");
    assertThat(awaitAtMost(0, this::underShell)).as("watch and its test JVMs have ended").isEmpty();

    String exited = Files.readString(exercises.resolve(RANDOM_SCHEDULER));
    typeLine("../kubelab reset --yes random-scheduler");
    screen = await(STEP, s -> outputOf("../kubelab reset --yes random-scheduler", s) != null);
    record("7b. reset", screen);
    assertThat(outputOf("../kubelab reset --yes random-scheduler", screen))
        .as("reset says where it kept the student's version:%n%s", screen)
        .contains("restored the stub of exercises/" + RANDOM_SCHEDULER)
        .containsPattern(
            "Your version is kept in exercises/\\.kubelab/backups/\\S+-random-scheduler;")
        .contains("`./kubelab restore random-scheduler` (or `reset --undo`)");
    assertThat(Files.readString(exercises.resolve(RANDOM_SCHEDULER)))
        .as("the file after reset is the stub")
        .isEqualTo(stub);
    typeLine("../kubelab restore random-scheduler");
    screen = await(STEP, s -> outputOf("../kubelab restore random-scheduler", s) != null);
    record("7c. restore", screen);
    assertThat(outputOf("../kubelab restore random-scheduler", screen))
        .as("restore says what it brought back:%n%s", screen)
        .contains("brought back exercises/" + RANDOM_SCHEDULER);
    assertThat(Files.readString(exercises.resolve(RANDOM_SCHEDULER)))
        .as("the file after restore is the student's version again")
        .isEqualTo(exited);

    typeLine("../kubelab lesson lessons/pr-286-scheduler.md | head -n 1");
    screen =
        await(
            STEP,
            s -> outputOf("../kubelab lesson lessons/pr-286-scheduler.md | head -n 1", s) != null);
    record("7d. lesson by its file name", screen);
    assertThat(outputOf("../kubelab lesson lessons/pr-286-scheduler.md | head -n 1", screen))
        .as("lesson finds the lesson by its file name:%n%s", screen)
        .isEqualTo(source.catalog().lesson("pr-286").orElseThrow().title());

    typeLine("stty -a");
    screen = await(STEP, s -> sttySettings(s) != null);
    record("8. stty -a in the pane's shell", screen);
    String stty = sttySettings(screen);
    assertThat(stty).as("stty -a printed its settings:%n%s", screen).isNotNull();
    Set<String> settings = Set.copyOf(Arrays.asList(stty.split("[\\s;]+")));
    assertThat(settings)
        .as("the terminal reads lines and echoes again (stty -a said:%n%s)", stty)
        .contains("icanon", "echo")
        .doesNotContain("-icanon", "-echo");

    // The shell's line editor echoes by itself; cat shows what the terminal does: it echoes the
    // typed line, lets Backspace correct it, and hands it over on Enter.
    typeLine("cat");
    // Typed before cat runs, the keys would meet the shell's line editor and not the terminal's.
    awaitCommand("cat");
    type("hellp");
    press("BSpace");
    type("o");
    press("Enter");
    press("C-d");
    screen = await(STEP, s -> outputOf("cat", s) != null);
    record("9. type a line into cat, with a typo corrected by Backspace", screen);
    assertThat(outputOf("cat", screen))
        .as("the terminal echoes the line and edits it before cat reads it:%n%s", screen)
        .isEqualTo("hello\nhello");
    finished = true;
  }

  /**
   * Writes what {@code ./kubelab} runs, but with this build's grader classes: in a clean {@code mvn
   * verify} the tests run before the grader's jar is packaged, and the launcher would rebuild it.
   */
  private static void writeLauncher(Path launcher, Path kit) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script =
        String.join(
            " ",
            "#!/bin/sh\nexec",
            quote(java),
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
            quote("-Dkubelab.home=" + kit),
            "-cp",
            quote(System.getProperty("java.class.path")),
            "io.kubelab.grader.cli.Main \"$@\"\n");
    Files.writeString(launcher, script);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Starts the private tmux server with one pane, {@value #COLUMNS} columns and 200 rows (so a
   * screen holds a solution or an epilogue whole), running a plain shell in {@code kit}.
   */
  private void startShell(Path kit) throws IOException, InterruptedException {
    serverStarted = true;
    // No rc files, a prompt the test can find, and no history written to the user's home.
    tmux(
        "new-session",
        "-d",
        "-x",
        String.valueOf(COLUMNS),
        "-y",
        "200",
        "-s",
        "watch",
        "-c",
        kit.toString(),
        "env PS1='" + PROMPT + " ' HISTFILE=/dev/null bash --norc --noprofile");
    panePid = Long.parseLong(tmux("display-message", "-p", "-t", "watch", "#{pane_pid}").strip());
    socketFile = Path.of(tmux("display-message", "-p", "#{socket_path}").strip());
  }

  /** Types {@code text} into the pane, key by key. */
  private void type(String text) throws IOException, InterruptedException {
    tmux("send-keys", "-t", "watch", "-l", text);
  }

  /** Presses the key tmux names {@code key}, such as {@code Enter} or {@code C-d}. */
  private void press(String key) throws IOException, InterruptedException {
    tmux("send-keys", "-t", "watch", key);
  }

  /** Types {@code command} and presses Enter. */
  private void typeLine(String command) throws IOException, InterruptedException {
    type(command);
    press("Enter");
  }

  /** Returns the visible screen, wrapped lines joined, without trailing blanks. */
  private String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-J", "-t", "watch")
        .lines()
        .map(String::stripTrailing)
        .collect(Collectors.joining("\n"))
        .stripTrailing();
  }

  /** Polls the screen until {@code done} holds or {@code timeout} passes; returns the last one. */
  private String await(Duration timeout, Predicate<String> done)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String screen = screen();
    while (!done.test(screen) && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      screen = screen();
    }
    return screen;
  }

  /** True once {@code text} and the keys line watch draws last below it are both on screen. */
  private static Predicate<String> complete(String text) {
    return screen -> {
      int at = screen.indexOf(text);
      return at >= 0 && screen.indexOf("[q] quit", at) > 0;
    };
  }

  /**
   * Returns what the shell printed for {@code command} typed at the prompt, once the next prompt
   * shows; else null.
   */
  private static String outputOf(String command, String screen) {
    String typed = PROMPT + " " + command + "\n";
    int at = screen.lastIndexOf(typed);
    if (at < 0) {
      return null;
    }
    int end = screen.indexOf("\n" + PROMPT, at + typed.length() - 1);
    return end < 0 ? null : screen.substring(at + typed.length(), end);
  }

  /**
   * Returns what {@code stty -a} printed after watch ended, once the next prompt shows; else null.
   * Found by its first word, not by the command line, which does not show if echo is still off.
   */
  private static String sttySettings(String screen) {
    int at = screen.indexOf("speed ", Math.max(0, screen.indexOf("Bye.")));
    int end = at < 0 ? -1 : screen.indexOf("\n" + PROMPT, at);
    return end < 0 ? null : screen.substring(at, end);
  }

  /** {@code text} with every run of white space as one space: a hint wrapped or not. */
  private static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /** Waits up to {@link #STEP} until the pane's foreground command is {@code command}. */
  private void awaitCommand(String command) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STEP.toNanos();
    while (!tmux("display-message", "-p", "-t", "watch", "#{pane_current_command}")
            .strip()
            .equals(command)
        && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
    }
  }

  private void assertWatchAlive(String screen) throws IOException, InterruptedException {
    String running = tmux("display-message", "-p", "-t", "watch", "#{pane_current_command}");
    assertThat(running.strip())
        .as("watch is still running in the pane after:%n%s", screen)
        .isEqualTo("java");
  }

  /** The processes under the pane's shell: watch, and the test JVMs it started. */
  private List<ProcessHandle> underShell() {
    return ProcessHandle.of(panePid).map(shell -> shell.descendants().toList()).orElse(List.of());
  }

  /** The test JVMs watch started: the processes under the shell's child, which is watch. */
  private List<ProcessHandle> testJvms() {
    return underShell().stream()
        .filter(process -> process.parent().map(p -> p.pid() != panePid).orElse(true))
        .toList();
  }

  /**
   * Waits up to 10 s until {@code processes} lists at most {@code most}; returns the last list, as
   * command lines.
   */
  private static List<String> awaitAtMost(int most, Supplier<List<ProcessHandle>> processes)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<ProcessHandle> left = processes.get();
    while (left.size() > most && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      left = processes.get();
    }
    return left.stream()
        .map(process -> process.pid() + " " + process.info().commandLine().orElse("?"))
        .toList();
  }

  /** Replaces the body of the stub's constructor. */
  private static String withConstructorBody(String stub, String body) {
    int start = stub.indexOf(CONSTRUCTOR);
    int end = stub.indexOf("\n  }\n", start);
    assertThat(start)
        .as("the RandomScheduler stub has the constructor %s", CONSTRUCTOR)
        .isNotNegative();
    return stub.substring(0, start + CONSTRUCTOR.length()) + "\n    " + body + stub.substring(end);
  }

  /** Saves in place, as editors that overwrite the file do. */
  private static void save(Path file, String content) throws IOException {
    Files.writeString(file, content);
  }

  /** Saves as many editors do: writes a new file beside the old one, then renames it over it. */
  private static void saveByRename(Path file, String content) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".swp");
    Files.writeString(next, content);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Appends the screen to the transcript and rewrites the file, so a failed run keeps it too. */
  private void record(String step, String screen) throws IOException {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    transcript
        .append(String.format(Locale.ROOT, "=== %6.2f s  %s%n", seconds, step))
        .append(screen)
        .append("\n\n");
    Files.createDirectories(transcriptFile.getParent());
    Files.writeString(transcriptFile, transcript);
  }

  /** Runs tmux on the test's own server; returns what it printed. */
  private String tmux(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(Arrays.asList(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Not nested in a tmux the tests may run in; UTF-8, since watch's verdicts start with ✓ and ✗.
    builder.environment().remove("TMUX");
    builder.environment().remove("LC_ALL");
    builder.environment().put("LANG", "C.UTF-8");
    Process tmux = builder.start();
    String out = new String(tmux.getInputStream().readAllBytes(), UTF_8);
    String err = new String(tmux.getErrorStream().readAllBytes(), UTF_8);
    if (!tmux.waitFor(10, TimeUnit.SECONDS)) {
      tmux.destroyForcibly();
      throw new IOException("tmux " + String.join(" ", arguments) + " did not finish in 10 s");
    }
    if (tmux.exitValue() != 0) {
      throw new IOException("tmux " + String.join(" ", arguments) + " failed: " + err.strip());
    }
    return out;
  }

  /** Returns why tmux cannot be used here, or null if it can. */
  private static String tmuxMissing() {
    try {
      Process version = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      String out = new String(version.getInputStream().readAllBytes(), UTF_8).strip();
      if (!version.waitFor(10, TimeUnit.SECONDS) || version.exitValue() != 0) {
        return "tmux -V failed: " + out;
      }
      return null;
    } catch (IOException e) {
      return "tmux is not on the PATH (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while looking for tmux";
    }
  }
}
