package io.kubelab.grader.grade;

import io.kubelab.grader.compile.IncrementalBuild;
import io.kubelab.grader.compile.SourceCompiler;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compilation compiles a submission over the kit so that a file that does not compile costs only
 * its own exercise: each failure reverts the exercises it is blamed on to their stubs and compiles
 * again, until everything compiles.
 *
 * <p>It compiles a workspace in full, or, for many gradings in a row, only what a submission
 * changed over the pristine kit compiled once ({@link IncrementalBuild}).
 */
final class Compilation implements AutoCloseable {
  /** Mode says how much of a workspace each grading compiles. */
  enum Mode {
    /** Every source, every time. */
    FULL,
    /** Only what the submission changed, over the pristine kit compiled on first use. */
    INCREMENTAL
  }

  /** Which sources failed to compile: the main sources, or the tests over them. */
  private enum Failed {
    MAIN,
    TESTS
  }

  /** Which tests a pristine build holds. */
  private enum Tests {
    VISIBLE,
    WITH_HIDDEN
  }

  private final Kit kit;
  private final Mode mode;
  private final SourceCompiler compiler = new SourceCompiler();
  private final List<Path> classpath = TestJvm.ownClasspath();

  /** The pristine kit compiled once per set of tests; empty in {@link Mode#FULL}. */
  private final Map<Tests, IncrementalBuild> builds = new EnumMap<>(Tests.class);

  Compilation(Kit kit, Mode mode) {
    this.kit = kit;
    this.mode = mode;
  }

  /**
   * Compiles the pristine kit now, with or without the hidden tests, so that the first grading does
   * not wait for it; does nothing in {@link Mode#FULL}.
   */
  void prepare(boolean hiddenTests) throws IOException {
    if (mode == Mode.INCREMENTAL) {
      build(hiddenTests);
    }
  }

  /**
   * Compiles main then test sources of {@code workspace}, reverting the exercises that do not
   * compile; returns what each reverted exercise is told, by exercise id.
   *
   * @throws IOException if the kit itself does not compile
   */
  Map<String, List<String>> compile(Workspace workspace, boolean hiddenTests) throws IOException {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    // Class folders filled ahead hold the pristine build's files; a later round starts empty.
    boolean seeded = mode == Mode.INCREMENTAL && build(hiddenTests).takeSeededAhead(workspace);
    for (int round = 0; ; round++) {
      boolean seededAhead = round == 0 && seeded;
      if (!seededAhead) {
        workspace.cleanOutput();
      }
      SourceCompiler.Result main = compileMain(workspace, hiddenTests, seededAhead);
      SourceCompiler.Result failed = main;
      if (main.succeeded()) {
        failed = compileTests(workspace, hiddenTests, seededAhead);
        if (failed.succeeded()) {
          workspace.copyTestResources();
          return problems;
        }
      }
      Failed where = main.succeeded() ? Failed.TESTS : Failed.MAIN;
      Set<Exercise> blamed = blame(workspace, failed, where);
      if (blamed.isEmpty() || round > kit.catalog().exercises().size()) {
        throw new IOException("the kit itself does not compile: " + failed.errors());
      }
      // Reverting a file reverts every exercise written in it, so each of them is blamed.
      for (Exercise exercise : withFileSharers(blamed)) {
        problems
            .computeIfAbsent(exercise.id(), id -> new ArrayList<>())
            .add(reverted(workspace, exercise, failed, where));
        workspace.revert(exercise);
      }
    }
  }

  private SourceCompiler.Result compileMain(
      Workspace workspace, boolean hiddenTests, boolean seededAhead) throws IOException {
    return switch (mode) {
      case FULL ->
          compiler.compile(
              Workspace.javaFiles(workspace.mainSources()), workspace.mainClasses(), classpath);
      case INCREMENTAL -> build(hiddenTests).compileMain(workspace, compiler, seededAhead);
    };
  }

  private SourceCompiler.Result compileTests(
      Workspace workspace, boolean hiddenTests, boolean seededAhead) throws IOException {
    return switch (mode) {
      case FULL -> {
        List<Path> withMain = new ArrayList<>(classpath);
        withMain.add(workspace.mainClasses());
        yield compiler.compile(
            Workspace.javaFiles(workspace.testSources()), workspace.testClasses(), withMain);
      }
      case INCREMENTAL -> build(hiddenTests).compileTests(workspace, compiler, seededAhead);
    };
  }

  /**
   * Fills the class folders of the workspace-to-be {@code dir} with the pristine build's class
   * files, if that build exists yet; see {@link IncrementalBuild#seedAhead}.
   */
  void seedAhead(Path dir, boolean hiddenTests) throws IOException {
    IncrementalBuild build;
    synchronized (builds) {
      build = builds.get(hiddenTests ? Tests.WITH_HIDDEN : Tests.VISIBLE);
    }
    if (mode == Mode.INCREMENTAL && build != null) {
      build.seedAhead(dir);
    }
  }

  /** Returns the pristine build for these tests, compiling it on first use. */
  private IncrementalBuild build(boolean hiddenTests) throws IOException {
    Tests tests = hiddenTests ? Tests.WITH_HIDDEN : Tests.VISIBLE;
    synchronized (builds) {
      IncrementalBuild build = builds.get(tests);
      if (build == null) {
        build = IncrementalBuild.of(kit, hiddenTests, compiler, classpath);
        builds.put(tests, build);
      }
      return build;
    }
  }

  /** What {@code exercise} is told when {@code failed} reverted it to its stub. */
  private static String reverted(
      Workspace workspace, Exercise exercise, SourceCompiler.Result failed, Failed where) {
    String what =
        switch (where) {
          case TESTS -> "the kit's tests for it no longer compile";
          case MAIN -> "it does not compile";
        };
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
                errors.forEach(error -> lines.add("  " + workspace.relative(file) + ", " + error)));
    return String.join("\n", lines);
  }

  /**
   * Returns the exercises to revert for {@code failed}: those owning a broken student file or a
   * broken test; if the errors are elsewhere, the first exercise the student changed.
   */
  private Set<Exercise> blame(Workspace workspace, SourceCompiler.Result failed, Failed where) {
    Set<Exercise> blamed = new LinkedHashSet<>();
    for (Path file : failed.errors().keySet()) {
      String relative = workspace.relative(file);
      if (where == Failed.TESTS) {
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

  /** Closes what the compiles kept open and removes the pristine builds. */
  @Override
  public void close() throws IOException {
    compiler.close();
    synchronized (builds) {
      for (IncrementalBuild build : builds.values()) {
        build.close();
      }
      builds.clear();
    }
  }
}
