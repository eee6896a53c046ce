package io.kubelab.grader.grade;

import io.kubelab.grader.compile.IncrementalBuild;
import io.kubelab.grader.jvm.JvmPool;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.jvm.WarmJvm;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grader grades one submission against the kit: it takes only the student-editable files, compiles
 * them over a pristine copy, runs the visible and hidden tests in a child JVM and scores each
 * exercise by the catalog.
 *
 * <pre>{@code
 * Grade grade = new Grader(Kit.locate()).grade(Path.of("exercises"), GradeOptions.full());
 * }</pre>
 *
 * <p>A file that does not compile costs only its own exercise: that exercise is graded on its
 * untouched stub (so its tests fail with the compile errors attached) and everything else is graded
 * as usual. How a submission is isolated and judged is in docs/design/isolation.md.
 */
public final class Grader implements AutoCloseable {
  /** How the output of a check the grading machine could not run begins. */
  static final String NOT_GRADED = "not graded (this machine could not run it): ";

  private final Kit kit;
  private final Compilation compilation;
  private final Optional<JvmPool> jvms;

  /**
   * Phases is where the last grading's time went: setting up the workspace (and taking a test JVM),
   * compiling, and running the tests in the test JVM (its start, class loading, test discovery and
   * the tests). {@code ./kubelab bench watch} prints it.
   */
  public record Phases(Duration setUp, Duration compile, Duration tests) {}

  /** Whether the last grading ran the hidden tests too, which the next most likely does as well. */
  private volatile boolean lastHiddenTests;

  private volatile Phases lastPhases = new Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** A grader that compiles every submission in full and starts each test JVM when needed. */
  public Grader(Kit kit) {
    this(kit, Optional.empty(), Compilation.Mode.FULL);
  }

  private Grader(Kit kit, Optional<JvmPool> jvms, Compilation.Mode mode) {
    this.kit = kit;
    this.jvms = jvms;
    this.compilation = new Compilation(kit, mode);
  }

  /**
   * Returns a grader for many gradings in a row: it takes its test JVMs from {@code jvms} (where
   * the next one warms up while a submission is compiled and tested), and compiles only what a
   * submission changed over the pristine kit compiled once ({@link IncrementalBuild}). Close it to
   * remove that build; the caller closes the pool.
   */
  public static Grader reusing(Kit kit, JvmPool jvms) {
    Grader grader = new Grader(kit, Optional.of(jvms), Compilation.Mode.INCREMENTAL);
    // The next grading's sources and pristine class files are copied while its JVM starts, with or
    // without the hidden tests as the last grading had them; a grading that wants the other set
    // copies its own.
    jvms.fillFoldersWith(
        dir -> {
          boolean hidden = grader.lastHiddenTests;
          Workspace.prepare(kit, hidden, dir);
          grader.compilation.seedAhead(dir, hidden);
        });
    return grader;
  }

  /** Grades the submission at {@code path}: a directory, a zip or a git repository. */
  public Grade grade(Path path, GradeOptions options) throws IOException, InterruptedException {
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
  public Grade unreadable(String label, IOException problem, GradeOptions options) {
    String text = "the submission could not be read: " + problem.getMessage();
    return new Grade(
        label,
        exercises(options).stream().map(e -> Scoring.notRun(e, List.of(text), text)).toList(),
        List.of(text),
        Duration.ZERO,
        false);
  }

  /** Grades a submission already read. */
  public Grade grade(Submission submission, GradeOptions options)
      throws IOException, InterruptedException {
    Instant start = Instant.now();
    List<Exercise> exercises = exercises(options);
    Problems problems = Problems.attribute(kit.catalog(), submission.problems());
    lastPhases = new Phases(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    if (!mayRunTests(submission, exercises, options)) {
      // Every exercise graded is still its stub: nothing to compile, nothing to run.
      return new Grade(
          submission.label(),
          exercises.stream().map(e -> Scoring.stub(e, problems.of(e.id()))).toList(),
          problems.general(),
          Duration.between(start, Instant.now()));
    }
    long setUp = System.nanoTime();
    lastHiddenTests = options.hiddenTests();
    Optional<WarmJvm> warm =
        jvms.isPresent()
            ? Optional.of(jvms.get().take(options.limits().heapMegabytes()))
            : Optional.empty();
    try (Workspace workspace = workspace(submission, options, warm)) {
      long compiling = System.nanoTime();
      Problems all = problems.plus(compilation.compile(workspace, options.hiddenTests()));
      long testing = System.nanoTime();
      // An exercise whose files are still the stubs (never changed, or reverted because they did
      // not compile) earns nothing: the self-check proves every stub fails every one of its
      // checks, even with every other exercise solved. Its tests need not run.
      List<Exercise> started =
          exercises.stream()
              .filter(
                  e ->
                      options.stubs() == GradeOptions.Stubs.TESTED
                          || e.files().isEmpty()
                          || workspace.isChanged(e))
              .toList();
      TestResults results =
          new ResumingRun(
                  options.limits(), cpuBudgets(started, options.limits()), this::exerciseOfClass)
              .run(workspace, warm, testClasses(workspace, started));
      lastPhases =
          new Phases(
              Duration.ofNanos(compiling - setUp),
              Duration.ofNanos(testing - compiling),
              Duration.ofNanos(System.nanoTime() - testing));
      // The run used it up.
      warm = Optional.empty();
      List<ExerciseGrade> grades = new ArrayList<>();
      for (Exercise exercise : exercises) {
        List<String> own = all.of(exercise.id());
        grades.add(
            started.contains(exercise)
                ? Scoring.score(exercise, results, own)
                : Scoring.stub(exercise, own));
      }
      return new Grade(
          submission.label(),
          grades,
          all.plusGeneral(results.notices()).general(),
          Duration.between(start, Instant.now()));
    } finally {
      // Not needed after all (the kit did not compile); its folder went with the workspace.
      warm.ifPresent(WarmJvm::discard);
      if (jvms.isPresent()) {
        jvms.get().gradingEnded();
      }
    }
  }

  /** Lays {@code submission} over the kit in the folder of {@code warm}, or in a new one. */
  private Workspace workspace(Submission submission, GradeOptions options, Optional<WarmJvm> warm)
      throws IOException, InterruptedException {
    if (warm.isEmpty()) {
      return Workspace.create(kit, submission, options.hiddenTests());
    }
    warm.get().awaitFolder();
    return Workspace.create(kit, submission, options.hiddenTests(), warm.get().dir());
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
    compilation.prepare(hiddenTests);
  }

  /** Removes the pristine builds of a reusing grader and closes what its compiles kept open. */
  @Override
  public void close() throws IOException {
    compilation.close();
  }

  /**
   * Returns whether any test may run: not when every exercise graded is still its stub, which is
   * graded without running its tests (see {@link #grade(Submission, GradeOptions)}).
   */
  private boolean mayRunTests(Submission submission, List<Exercise> exercises, GradeOptions options)
      throws IOException {
    if (options.suite() == GradeOptions.Suite.SUPPORT
        || options.stubs() == GradeOptions.Stubs.TESTED) {
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

  private List<Exercise> exercises(GradeOptions options) {
    return options.suite() == GradeOptions.Suite.SUPPORT
        ? List.of(kit.catalog().support())
        : kit.catalog().exercises().stream()
            .filter(e -> options.exerciseIds().isEmpty() || options.exerciseIds().contains(e.id()))
            .toList();
  }

  /** Returns the CPU budget of each test class of {@code exercises}. */
  private static Map<String, Duration> cpuBudgets(List<Exercise> exercises, Limits limits) {
    Map<String, Duration> budgets = new HashMap<>();
    for (Exercise exercise : exercises) {
      exercise.allTests().forEach(test -> budgets.put(test, limits.cpuBudgetOf(exercise)));
    }
    return budgets;
  }

  /** Returns the id of the exercise {@code testClass} tests; the class itself for support tests. */
  private String exerciseOfClass(String testClass) {
    return kit.catalog().exerciseForTest(testClass).map(Exercise::id).orElse(testClass);
  }

  private static List<String> testClasses(Workspace workspace, List<Exercise> exercises) {
    return exercises.stream()
        .flatMap(exercise -> exercise.allTests().stream())
        .filter(
            name -> Files.exists(workspace.testSources().resolve(name.replace('.', '/') + ".java")))
        .toList();
  }
}
