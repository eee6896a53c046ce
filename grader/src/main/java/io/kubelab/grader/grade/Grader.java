package io.kubelab.grader.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelab.grader.compile.IncrementalBuild;
import io.kubelab.grader.compile.SourceCompiler;
import io.kubelab.grader.jvm.JvmPool;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.jvm.WarmJvm;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.submission.Submission;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grader grades one submission against the kit: it takes only the student-editable files, compiles
 * them over a pristine copy, runs the visible and hidden tests in a child JVM and scores each
 * exercise by the catalog.
 *
 * <pre>{@code
 * Grade grade = new Grader(Kit.locate()).grade(Path.of("exercises"), Grader.Options.full());
 * }</pre>
 *
 * <p>A file that does not compile costs only its own exercise: that exercise is graded on its
 * untouched stub (so its tests fail with the compile errors attached) and everything else is graded
 * as usual. How a submission is isolated and judged is in docs/design/isolation.md.
 */
public final class Grader implements AutoCloseable {
  /**
   * After this many of an exercise's tests brought the test JVM down (hung, exited, ran out of
   * memory), its remaining tests are not run: a hang costs its per-test limit and a fresh JVM every
   * time, and the submission's time limit must leave room for the other exercises.
   */
  static final int CRASHES_PER_EXERCISE = 3;

  /**
   * What to grade and within which limits: every exercise when {@code exerciseIds} is empty, else
   * those named; {@code supportTests} grades only the kit's support tests instead. {@code
   * testStubs} runs the tests of exercises left as their stubs too, which the kit's self-check does
   * to prove that a stub earns nothing; graders skip them.
   */
  public record Options(
      boolean hiddenTests,
      List<String> exerciseIds,
      Limits limits,
      boolean supportTests,
      boolean testStubs) {
    public Options {
      exerciseIds = List.copyOf(exerciseIds);
    }

    public Options(boolean hiddenTests, List<String> exerciseIds, Limits limits) {
      this(hiddenTests, exerciseIds, limits, false, false);
    }

    /** The kit's support tests only; see {@link Catalog#support()}. */
    public static Options support() {
      return new Options(false, List.of(), Limits.defaults(), true, false);
    }

    /** These options, but running the tests of exercises left as their stubs too. */
    public Options withStubsTested() {
      return new Options(hiddenTests, exerciseIds, limits, supportTests, true);
    }

    /** Every exercise, visible and hidden tests, default limits. */
    public static Options full() {
      return new Options(true, List.of(), Limits.defaults());
    }

    /** Every exercise, visible tests only: what a student sees on their own machine. */
    public static Options visibleOnly() {
      return new Options(false, List.of(), Limits.defaults());
    }

    /** Only the exercises named, visible and hidden tests. */
    public static Options only(String... exerciseIds) {
      return new Options(true, List.of(exerciseIds), Limits.defaults());
    }
  }

  /** How the output of a check the grading machine could not run begins. */
  static final String NOT_GRADED = "not graded (this machine could not run it): ";

  private final Kit kit;
  private final SourceCompiler compiler = new SourceCompiler();
  private final JvmPool jvms;

  /**
   * Phases is where the last grading's time went: setting up the workspace (and taking a test JVM),
   * compiling, and running the tests in the test JVM (its start, class loading, test discovery and
   * the tests). {@code ./kubelab bench watch} prints it.
   */
  public record Phases(Duration setUp, Duration compile, Duration tests) {}

  private volatile Phases lastPhases = new Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** The pristine kit compiled once, with and without hidden tests; null to compile everything. */
  private final Map<Boolean, IncrementalBuild> builds;

  /** A grader that compiles every submission in full and starts each test JVM when needed. */
  public Grader(Kit kit) {
    this(kit, null, false);
  }

  private Grader(Kit kit, JvmPool jvms, boolean incremental) {
    this.kit = kit;
    this.jvms = jvms;
    this.builds = incremental ? new java.util.HashMap<>() : null;
  }

  /**
   * Returns a grader for many gradings in a row: it takes its test JVMs from {@code jvms} (where
   * the next one warms up while a submission is compiled and tested), and compiles only what a
   * submission changed over the pristine kit compiled once ({@link IncrementalBuild}). Close it to
   * remove that build; the caller closes the pool.
   */
  public static Grader reusing(Kit kit, JvmPool jvms) {
    return new Grader(kit, jvms, true);
  }

  /** Grades the submission at {@code path}: a directory, a zip or a git repository. */
  public Grade grade(Path path, Options options) throws IOException, InterruptedException {
    Submission submission;
    try {
      submission = Submission.read(path, kit);
    } catch (IOException unreadable) {
      return unreadable(path.toString(), unreadable, options);
    }
    return grade(submission, options);
  }

  /**
   * Returns the grade of a submission that could not be read at all: every exercise earns nothing,
   * and the student is told why.
   */
  public Grade unreadable(String label, IOException problem, Options options) {
    String text = "the submission could not be read: " + problem.getMessage();
    return new Grade(
        label,
        exercises(options).stream().map(e -> Scoring.notRun(e, List.of(text), text)).toList(),
        List.of(text),
        Duration.ZERO,
        false);
  }

  /** Grades a submission already read. */
  public Grade grade(Submission submission, Options options)
      throws IOException, InterruptedException {
    Instant start = Instant.now();
    List<Exercise> exercises = exercises(options);
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (String problem : submission.problems()) {
      List<Exercise> owners =
          kit.catalog().exercises().stream()
              .filter(e -> e.files().stream().anyMatch(problem::startsWith))
              .toList();
      owners.forEach(e -> problems.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(problem));
      if (owners.isEmpty()) {
        general.add(problem);
      }
    }

    lastPhases = new Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    if (!mayRunTests(submission, exercises, options)) {
      // Every exercise graded is still its stub: nothing to compile, nothing to run.
      return new Grade(
          submission.label(),
          exercises.stream()
              .map(exercise -> stub(exercise, problems.getOrDefault(exercise.id(), List.of())))
              .toList(),
          general,
          Duration.between(start, Instant.now()));
    }
    long setUp = System.nanoTime();
    WarmJvm jvm = jvms == null ? null : jvms.take(options.limits().heapMegabytes());
    try (Workspace workspace =
        jvm == null
            ? Workspace.create(kit, submission, options.hiddenTests())
            : Workspace.create(kit, submission, options.hiddenTests(), jvm.dir())) {
      long compiling = System.nanoTime();
      compile(workspace, options.hiddenTests(), problems);
      long testing = System.nanoTime();
      // An exercise whose files are still the stubs (never changed, or reverted because they did
      // not compile) earns nothing: the self-check proves every stub fails every one of its
      // checks, even with every other exercise solved. Its tests need not run.
      List<Exercise> started =
          exercises.stream()
              .filter(e -> options.testStubs() || e.files().isEmpty() || workspace.isChanged(e))
              .toList();
      List<String> classes = testClasses(workspace, started);
      Map<String, JsonNode> methods = new LinkedHashMap<>();
      Map<String, List<JsonNode>> results = new LinkedHashMap<>();
      String stopReason = run(workspace, jvm, classes, options.limits(), methods, results, general);
      lastPhases =
          new Phases(
              Duration.ofNanos(compiling - setUp),
              Duration.ofNanos(testing - compiling),
              Duration.ofNanos(System.nanoTime() - testing));
      jvm = null;
      List<ExerciseGrade> grades = new ArrayList<>();
      for (Exercise exercise : exercises) {
        if (!started.contains(exercise)) {
          grades.add(stub(exercise, problems.getOrDefault(exercise.id(), List.of())));
          continue;
        }
        grades.add(
            Scoring.score(
                exercise,
                methods.values(),
                results,
                problems.getOrDefault(exercise.id(), List.of()),
                stopReason));
      }
      return new Grade(submission.label(), grades, general, Duration.between(start, Instant.now()));
    } finally {
      if (jvm != null) {
        // Not needed after all (the kit did not compile); its folder went with the workspace.
        jvm.discard();
      }
      if (jvms != null) {
        jvms.gradingEnded();
      }
    }
  }

  /** Returns where the time of the last grading that ran tests went. */
  public Phases lastPhases() {
    return lastPhases;
  }

  /**
   * Compiles the pristine kit now, with or without the hidden tests, so that the first grading does
   * not wait for it; does nothing for a grader that is not {@link #reusing}.
   */
  public void prepare(boolean hiddenTests) throws IOException {
    build(hiddenTests, TestJvm.ownClasspath());
  }

  private static List<Path> withMainClasses(List<Path> classpath, Workspace workspace) {
    List<Path> extended = new ArrayList<>(classpath);
    extended.add(workspace.mainClasses());
    return extended;
  }

  /** Returns the pristine build for these tests, compiling it on first use; null if not reusing. */
  private IncrementalBuild build(boolean hiddenTests, List<Path> classpath) throws IOException {
    if (builds == null) {
      return null;
    }
    synchronized (builds) {
      IncrementalBuild build = builds.get(hiddenTests);
      if (build == null) {
        build = IncrementalBuild.of(kit, hiddenTests, compiler, classpath);
        builds.put(hiddenTests, build);
      }
      return build;
    }
  }

  /** Removes the pristine builds of a reusing grader and closes what its compiles kept open. */
  @Override
  public void close() throws IOException {
    compiler.close();
    if (builds != null) {
      synchronized (builds) {
        for (IncrementalBuild build : builds.values()) {
          build.close();
        }
        builds.clear();
      }
    }
  }

  /**
   * Returns whether any test may run: not when every exercise graded is still its stub, which is
   * graded without running its tests (see {@link #grade(Submission, Options)}).
   */
  private boolean mayRunTests(Submission submission, List<Exercise> exercises, Options options)
      throws IOException {
    if (options.supportTests() || options.testStubs()) {
      return true;
    }
    for (Exercise exercise : exercises) {
      for (String file : exercise.files()) {
        byte[] submitted = submission.files().get(file);
        if (submitted != null && !kit.isStub(file, submitted)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Exercise> exercises(Options options) {
    return options.supportTests()
        ? List.of(kit.catalog().support())
        : kit.catalog().exercises().stream()
            .filter(e -> options.exerciseIds().isEmpty() || options.exerciseIds().contains(e.id()))
            .toList();
  }

  /**
   * Compiles main then test sources; each failure reverts the exercise it belongs to and starts
   * again, until everything compiles.
   */
  private void compile(Workspace workspace, boolean hiddenTests, Map<String, List<String>> problems)
      throws IOException {
    List<Path> classpath = TestJvm.ownClasspath();
    IncrementalBuild build = build(hiddenTests, classpath);
    for (int round = 0; ; round++) {
      workspace.cleanOutput();
      SourceCompiler.Result main =
          build != null
              ? build.compileMain(workspace, compiler)
              : compiler.compile(
                  Workspace.javaFiles(workspace.mainSources()), workspace.mainClasses(), classpath);
      SourceCompiler.Result failed = main;
      if (main.succeeded()) {
        failed =
            build != null
                ? build.compileTests(workspace, compiler)
                : compiler.compile(
                    Workspace.javaFiles(workspace.testSources()),
                    workspace.testClasses(),
                    withMainClasses(classpath, workspace));
        if (failed.succeeded()) {
          workspace.copyTestResources();
          return;
        }
      }
      Set<Exercise> blamed = blame(workspace, failed, main.succeeded());
      if (blamed.isEmpty() || round > kit.catalog().exercises().size()) {
        throw new IOException("the kit itself does not compile: " + failed.errors());
      }
      // Reverting a file reverts every exercise written in it, so each of them is blamed.
      for (Exercise exercise : withFileSharers(blamed)) {
        String what =
            main.succeeded() ? "the kit's tests for it no longer compile" : "it does not compile";
        List<String> lines = new ArrayList<>();
        lines.add(
            "Your change to "
                + String.join(", ", exercise.files())
                + " was not graded because "
                + what
                + "; the untouched stub was graded instead. The compiler said:");
        failed
            .errors()
            .forEach(
                (file, errors) ->
                    errors.forEach(
                        error -> lines.add("  " + workspace.relative(file) + ", " + error)));
        problems
            .computeIfAbsent(exercise.id(), id -> new ArrayList<>())
            .add(String.join("\n", lines));
        workspace.revert(exercise);
      }
    }
  }

  /**
   * Returns the exercises to revert for {@code failed}: those owning a broken student file or a
   * broken test; if the errors are elsewhere, the first exercise the student changed.
   */
  private Set<Exercise> blame(Workspace workspace, SourceCompiler.Result failed, boolean inTests) {
    Set<Exercise> blamed = new LinkedHashSet<>();
    for (Path file : failed.errors().keySet()) {
      String relative = workspace.relative(file);
      if (inTests) {
        String testClass =
            workspace
                .testSources()
                .relativize(file)
                .toString()
                .replace(".java", "")
                .replace('/', '.');
        kit.catalog()
            .exerciseForTest(testClass)
            .filter(workspace::isChanged)
            .ifPresent(blamed::add);
      } else {
        kit.catalog().exercisesForFile(relative).stream()
            .filter(workspace::isChanged)
            .forEach(blamed::add);
      }
    }
    if (blamed.isEmpty()) {
      kit.catalog().exercises().stream()
          .filter(workspace::isChanged)
          .findFirst()
          .ifPresent(blamed::add);
    }
    return blamed;
  }

  private Set<Exercise> withFileSharers(Set<Exercise> blamed) {
    Set<Exercise> all = new LinkedHashSet<>(blamed);
    for (Exercise exercise : blamed) {
      for (String file : exercise.files()) {
        all.addAll(kit.catalog().exercisesForFile(file));
      }
    }
    return all;
  }

  private static List<String> testClasses(Workspace workspace, List<Exercise> exercises) {
    return exercises.stream()
        .flatMap(exercise -> exercise.allTests().stream())
        .filter(
            name -> Files.exists(workspace.testSources().resolve(name.replace('.', '/') + ".java")))
        .toList();
  }

  /**
   * Runs the tests in {@code warm} (or a JVM started now if that is null), starting a new JVM after
   * each test that brought the JVM down; returns why the run stopped early, or {@code null} if
   * every test ran. A test stopped by the wall-clock backstop, not by its CPU budget, runs once
   * more alone in a fresh JVM, and only that second verdict counts: a test that waited on a busy
   * machine, not on a deadlock, then passes.
   */
  private String run(
      Workspace workspace,
      WarmJvm warm,
      List<String> classes,
      Limits limits,
      Map<String, JsonNode> methods,
      Map<String, List<JsonNode>> results,
      List<String> general)
      throws IOException, InterruptedException {
    if (classes.isEmpty()) {
      if (warm != null) {
        warm.discard();
      }
      return "there are no tests for this exercise in this kit";
    }
    TestJvm jvm = new TestJvm(TestJvm.ownClasspath(), limits);
    Instant deadline = Instant.now().plus(limits.totalWall());
    Duration cpuSpent = Duration.ZERO;
    Set<String> finished = new LinkedHashSet<>();
    Map<String, Integer> crashes = new LinkedHashMap<>();
    int runs = 0;
    for (int attempt = 0; attempt <= limits.resumes(); attempt++) {
      WarmJvm child = attempt == 0 && warm != null ? warm : jvm.start(workspace.dir());
      TestJvm.Outcome outcome =
          jvm.run(
              child,
              classes,
              List.of(),
              finished,
              limits.total().minus(cpuSpent),
              Duration.between(Instant.now(), deadline),
              runs++);
      cpuSpent = cpuSpent.plus(outcome.cpu());
      reportForgedLines(outcome, general);
      String running = null;
      String lastResult = null;
      List<JsonNode> blocked = new ArrayList<>();
      boolean done = false;
      int progress = 0;
      for (JsonNode event : outcome.events()) {
        switch (event.get("event").asText()) {
          case "method" -> methods.putIfAbsent(event.get("id").asText(), event);
          case "started" -> running = event.get("id").asText();
          case "result" -> {
            String id = event.get("id").asText();
            lastResult = id;
            if (id.equals(running)) {
              running = null;
            }
            if (event.path("stopped").asText().equals("wall") && !finished.contains(id)) {
              blocked.add(event);
            } else if (finished.add(id)) {
              record(event, results);
              progress++;
            }
          }
          case "done" -> done = true;
          default -> {}
        }
      }
      boolean crashed = true;
      if (!blocked.isEmpty()) {
        List<JsonNode> verdicts =
            runAlone(
                jvm,
                workspace,
                classes,
                blocked.get(0),
                limits.total().minus(cpuSpent),
                Duration.between(Instant.now(), deadline),
                runs++);
        boolean again = verdicts.stream().anyMatch(v -> v.path("stopped").asText().equals("wall"));
        // Stopped again alone: charge every test the stop cost. Else only the test re-run counts,
        // and any others the stop cost run again in the next JVM.
        for (JsonNode verdict : again ? charged(blocked) : verdicts) {
          if (finished.add(verdict.get("id").asText())) {
            record(verdict, results);
            progress++;
          }
        }
        finished.add(blocked.get(0).get("id").asText());
        // Passing alone shows the test waited on the machine, not on a deadlock of its own.
        crashed = again;
      }
      if (done) {
        return null;
      }
      String reason = crashReason(outcome, limits);
      if (running != null) {
        recordCrash(running, reason, methods, results);
        finished.add(running);
        progress++;
      }
      String culprit = running != null ? running : lastResult;
      if (culprit != null && crashed) {
        String exercise = exerciseOf(culprit, methods);
        if (crashes.merge(exercise, 1, Integer::sum) == CRASHES_PER_EXERCISE) {
          skipTheRest(exercise, methods, results, finished);
        }
      }
      // The JVM ended early: after a test that exited, exhausted the heap or was stopped for time
      // (the runner ends itself then, to stop a spinning thread). Resume in a fresh JVM while
      // tests progress.
      if (outcome.timedOut() || progress == 0) {
        return reason;
      }
    }
    return limits.resumes() == 0
        ? "a test before it brought the test JVM down, so the rest were not run"
        : "the tests brought the JVM down "
            + (limits.resumes() + 1)
            + " times; grading stopped there";
  }

  /**
   * Runs the test of {@code blocked}, which the wall-clock backstop stopped, once more alone in a
   * fresh JVM, and returns the results of that run for its method (one, or one per invocation).
   */
  private static List<JsonNode> runAlone(
      TestJvm jvm,
      Workspace workspace,
      List<String> classes,
      JsonNode blocked,
      Duration cpuLeft,
      Duration wallLeft,
      int run)
      throws IOException, InterruptedException {
    String method = blocked.get("method").asText();
    TestJvm.Outcome alone =
        jvm.run(
            jvm.start(workspace.dir()),
            classes,
            List.of(blocked.get("id").asText()),
            List.of(),
            cpuLeft,
            wallLeft,
            run);
    List<JsonNode> verdicts =
        alone.events().stream()
            .filter(e -> e.get("event").asText().equals("result"))
            .filter(e -> e.get("method").asText().equals(method))
            .toList();
    return verdicts.isEmpty() ? List.of(blocked) : verdicts;
  }

  /** The results of tests stopped on the wall clock twice, saying so. */
  private static List<JsonNode> charged(List<JsonNode> blocked) {
    List<JsonNode> charged = new ArrayList<>();
    for (JsonNode result : blocked) {
      ObjectNode copy = result.deepCopy();
      copy.put(
          "message",
          result.get("message").asText()
              + " It did the same when run a second time, alone, in a fresh test JVM.");
      charged.add(copy);
    }
    return charged;
  }

  private static void record(JsonNode result, Map<String, List<JsonNode>> results) {
    results.computeIfAbsent(result.get("method").asText(), m -> new ArrayList<>()).add(result);
  }

  private static void reportForgedLines(TestJvm.Outcome outcome, List<String> general) {
    if (outcome.forgedLines() > 0) {
      general.add(
          "The results file of the test run held "
              + outcome.forgedLines()
              + " line(s) that the grader's runner did not write; they were ignored. Code under"
              + " test cannot report its own results.");
    }
  }

  /** Returns the id of the exercise whose tests include the test {@code testId}. */
  private String exerciseOf(String testId, Map<String, JsonNode> methods) {
    JsonNode planned = methods.get(methodOf(testId, methods));
    return planned == null ? testId : exerciseOfClass(planned.get("class").asText());
  }

  /** Returns the id of the exercise {@code testClass} tests; the class itself for support tests. */
  private String exerciseOfClass(String testClass) {
    return kit.catalog().exerciseForTest(testClass).map(Exercise::id).orElse(testClass);
  }

  /**
   * Marks every test of {@code exercise} that has not run yet as failed and skips it: its tests
   * have brought the JVM down {@value #CRASHES_PER_EXERCISE} times, and each further one would
   * spend the time limit the other exercises need.
   */
  private void skipTheRest(
      String exercise,
      Map<String, JsonNode> methods,
      Map<String, List<JsonNode>> results,
      Set<String> finished) {
    List<JsonNode> planned =
        methods.values().stream()
            .filter(method -> exerciseOfClass(method.get("class").asText()).equals(exercise))
            .toList();
    String lastFailure =
        planned.stream()
            .flatMap(method -> results.getOrDefault(method.get("id").asText(), List.of()).stream())
            .filter(result -> !result.get("status").asText().equals("passed"))
            .map(result -> result.get("message").asText().lines().findFirst().orElse(""))
            .reduce((first, second) -> second)
            .orElse("");
    for (JsonNode method : planned) {
      String id = method.get("id").asText();
      if (!results.containsKey(id)) {
        recordCrash(
            id,
            "not run: "
                + CRASHES_PER_EXERCISE
                + " tests of this exercise brought the test JVM down, so its other tests were"
                + " skipped to leave time for the other exercises. The last one said: "
                + lastFailure,
            methods,
            results);
        finished.add(id);
      }
    }
  }

  private static String methodOf(String testId, Map<String, JsonNode> methods) {
    return methods.keySet().stream().filter(testId::startsWith).reduce((a, b) -> b).orElse(testId);
  }

  private static void recordCrash(
      String testId,
      String reason,
      Map<String, JsonNode> methods,
      Map<String, List<JsonNode>> results) {
    String method = methodOf(testId, methods);
    var event = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    event.put("id", testId);
    event.put("method", method);
    JsonNode planned = methods.get(method);
    event.put("name", planned == null ? testId : planned.get("name").asText());
    event.put("status", "failed");
    event.put("message", reason);
    event.put("output", "");
    event.put("seconds", 0.0);
    results.computeIfAbsent(method, m -> new ArrayList<>()).add(event);
  }

  private static String crashReason(TestJvm.Outcome outcome, Limits limits) {
    if (outcome.outputExceeded()) {
      return "the tests printed more than "
          + (limits.outputBytes() >> 20)
          + " MB, so the grader stopped them; this test was running (printing in a loop?)";
    }
    if (outcome.timedOut()) {
      return "the tests did not finish within "
          + limits.total().toSeconds()
          + " s of CPU time or "
          + limits.totalWall().toMinutes()
          + " min of wall time, so the grader stopped them; this test was running (an endless"
          + " loop or a deadlock?)";
    }
    if (outcome.outputTail().contains("OutOfMemoryError")) {
      return "this test used more than the "
          + limits.heapMegabytes()
          + " MB of memory a test may"
          + " use, which ended the test JVM (is something growing without bound?)";
    }
    return "the test JVM stopped with exit status "
        + outcome.exitCode()
        + " while this test ran:"
        + " the code under test called System.exit or crashed the JVM. Throw an exception instead."
        + (outcome.outputTail().isBlank() ? "" : "\nLast output:\n" + outcome.outputTail().strip());
  }

  /** The grade of an exercise graded on its untouched stub: nothing, and why. */
  private static ExerciseGrade stub(Exercise exercise, List<String> problems) {
    String reason =
        problems.isEmpty()
            ? "Not started: "
                + String.join(", ", exercise.files())
                + " is still the stub, which earns no points, so its tests were not run. Start"
                + " with the lesson and `./kubelab hint "
                + exercise.id()
                + "`."
            : "Graded on the untouched stub, which earns no points, so its tests were not run.";
    ExerciseGrade notRun = Scoring.notRun(exercise, problems, reason);
    return new ExerciseGrade(exercise, notRun.checks(), problems, false);
  }
}
