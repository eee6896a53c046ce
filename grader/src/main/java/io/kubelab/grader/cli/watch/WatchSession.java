package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.cli.student.Progress;
import io.kubelab.grader.cli.terminal.MarkdownText;
import io.kubelab.grader.cli.terminal.Terminal;
import io.kubelab.grader.cli.terminal.TextWrap;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.Check;
import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.GradeOptions;
import io.kubelab.grader.Grader;
import io.kubelab.grader.Kit;
import io.kubelab.grader.Lesson;
import io.kubelab.grader.Limits;
import io.kubelab.grader.site.Course;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * WatchSession is what {@code ./kubelab watch} knows and shows: the current exercise, its last
 * verdict, which hint comes next, and the exercise that just passed (whose solution and epilogue
 * are on offer).
 *
 * <p>Every verdict line starts with {@code ✓}, {@code ✗} or {@code ·} and the exercise id, so a
 * person sees it at a glance and a script (the watch benchmark, the end-to-end test) can wait for
 * it.
 *
 * <p>On a terminal every key and every check redraws the whole screen: the verdict, then what a key
 * asked for (a hint, the solution, the epilogue, the list), then the keys.
 */
final class WatchSession {
  /**
   * Watch stops a hanging test sooner than a grading does. Like a grading it resumes in a fresh
   * test JVM after a test brought the JVM down, so the count of passing tests is the one {@code
   * ./kubelab run} gives; the grader stops after three such tests of one exercise. Heap and output
   * cap are a grading's.
   */
  static final Limits LIMITS =
      new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30), 256, Limits.OUTPUT_BYTES);

  private static final int FAILURE_LINES = 14;
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final Kit kit;
  private final Grader grader;
  private final PrintWriter out;
  private final boolean terminal;
  private final boolean colour;
  private final boolean timings;
  private Progress progress;
  private Exercise current;
  private ExerciseGrade verdict;
  private Exercise passed;
  private double lastSeconds;

  /** What the last key asked for, shown below the verdict until the next check; empty if none. */
  private String panel = "";

  WatchSession(
      Kit kit, Grader grader, PrintWriter out, boolean terminal, boolean colour, boolean timings) {
    this.kit = kit;
    this.grader = grader;
    this.out = out;
    this.terminal = terminal;
    this.colour = colour;
    this.timings = timings;
    this.progress = Progress.load(kit);
  }

  /**
   * Finds the first exercise in course order that does not pass (a pass recorded in the progress
   * file counts while the files are unchanged) and shows its verdict.
   */
  void start() throws IOException, InterruptedException {
    for (Exercise exercise : kit.catalog().exercises()) {
      if (progress.passes(kit, exercise)) {
        continue;
      }
      ExerciseGrade grade = check(exercise);
      if (!grade.passed()) {
        current = exercise;
        verdict = grade;
        show();
        return;
      }
    }
    current = null;
    show();
  }

  /** Re-checks after a save: the current exercise, or the first one the saved files belong to. */
  void saved(Set<String> files) throws IOException, InterruptedException {
    List<Exercise> owners = FileWatcher.owners(kit, files);
    if (owners.isEmpty()) {
      return;
    }
    Exercise exercise = owners.contains(current) ? current : owners.get(0);
    recheck(exercise);
  }

  /** Handles one key; returns false when watch should end. */
  boolean key(int key) throws IOException, InterruptedException {
    switch (Character.toLowerCase((char) key)) {
      case 'q' -> {
        return false;
      }
      case 'h' -> hint();
      case 'n' -> next();
      case 'l' -> list();
      case 'r' -> {
        if (current != null) {
          recheck(current);
        }
      }
      case 's' -> solution();
      case 'e' -> epilogue();
      default -> {
        // Only a letter is a mistyped key; an arrow key's escape sequence or Enter is not.
        if (Character.isLetter(key)) {
          panel = "keys: h hint, n next exercise, l list, r re-check, q quit";
          show();
        }
      }
    }
    out.flush();
    return true;
  }

  private void recheck(Exercise exercise) throws IOException, InterruptedException {
    current = exercise;
    passed = null;
    panel = "";
    if (terminal) {
      clear();
    }
    out.printf("checking %s...%n", exercise.id());
    out.flush();
    verdict = check(exercise);
    if (verdict.passed()) {
      passed = exercise;
      current = nextNotPassing(exercise).orElse(null);
      verdict = null;
    }
    show();
  }

  private ExerciseGrade check(Exercise exercise) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ExerciseGrade grade =
        grader
            .grade(kit.exercises(), new GradeOptions(false, List.of(exercise.id()), LIMITS))
            .exercises()
            .get(0);
    lastSeconds = (System.nanoTime() - start) / 1e9;
    progress = progress.withVerdict(kit, exercise, grade);
    progress.save(kit);
    if (timings) {
      Grader.Phases phases = grader.lastPhases();
      double tests = grade.checks().stream().mapToDouble(Check::seconds).sum();
      out.printf(
          Locale.ROOT,
          "timings: check %.3f s = set-up %.3f s + compile %.3f s + test JVM %.3f s (of which the"
              + " tests themselves %.3f s; the rest is its start, class loading and test"
              + " discovery)%n",
          lastSeconds,
          phases.setUp().toNanos() / 1e9,
          phases.compile().toNanos() / 1e9,
          phases.tests().toNanos() / 1e9,
          tests);
    }
    return grade;
  }

  private Optional<Exercise> nextNotPassing(Exercise after) throws IOException {
    List<Exercise> exercises = kit.catalog().exercises();
    for (Exercise exercise : exercises.subList(exercises.indexOf(after) + 1, exercises.size())) {
      if (!progress.passes(kit, exercise)) {
        return Optional.of(exercise);
      }
    }
    return Optional.empty();
  }

  private void show() {
    if (terminal) {
      clear();
    }
    if (passed != null) {
      out.println(
          paint(GREEN, "✓ " + passed.id() + " passes all its visible tests")
              + seconds()
              + ". Well done!");
      out.printf(
          "  [s] the reference solution   [e] what happened next upstream (%s)%n",
          lesson(passed).title());
      out.println();
    }
    if (current == null) {
      showPanel();
      out.println(
          "Every exercise passes its visible tests. "
              + Exercises.hiddenChecks(kit, "")
              + " [q] quit");
      out.flush();
      return;
    }
    out.println(
        paint(BOLD, current.title()) + "  (" + current.id() + ", lesson " + current.lesson() + ")");
    out.printf(
        "Edit exercises/%s; each save re-checks it.%n%n",
        String.join(", exercises/", current.files()));
    if (verdict == null) {
      out.printf("· %s is next: save the file to check it.%n", current.id());
    } else if (!verdict.started() && verdict.problems().isEmpty()) {
      out.printf(
          "· %s is not started: its file is still the stub. Read %s, then write your code.%n",
          current.id(), Languages.lessonPath(kit, lesson(current)));
    } else if (!verdict.started()) {
      showCompileErrors();
    } else {
      out.println(
          paint(
                  RED,
                  String.format(
                      Locale.ROOT,
                      "✗ %s fails: %d of %d visible tests pass",
                      current.id(),
                      verdict.passedCount(),
                      verdict.checks().size()))
              + seconds()
              + ".");
      verdict.checks().stream()
          .filter(check -> !check.passed())
          .findFirst()
          .ifPresent(this::showFailure);
    }
    out.println();
    showPanel();
    int hints = progress.hintsShown(current.id());
    out.println(
        (hints < current.hints().size()
                ? "[h] hint " + (hints + 1) + " of " + current.hints().size()
                : "[h] hints again")
            + "   [n] next exercise   [l] list   [r] re-check   [q] quit");
    out.flush();
  }

  private void showPanel() {
    if (!panel.isEmpty()) {
      out.println(panel.stripTrailing());
      out.println();
    }
  }

  /**
   * Shows what the compiler said. The grader's problem text is written for a grade (the stub was
   * graded instead); watch shows only the compiler's lines, each naming a file and a line.
   */
  private void showCompileErrors() {
    boolean tests = verdict.problems().stream().anyMatch(p -> p.contains("kit's tests"));
    out.println(
        paint(
                RED,
                "✗ "
                    + current.id()
                    + (tests
                        ? " does not compile with the kit's tests (did a name or a signature change?)"
                        : " does not compile"))
            + seconds()
            + ".");
    List<String> compiler = new ArrayList<>();
    for (String problem : verdict.problems()) {
      List<String> lines = problem.lines().toList();
      // The first line is the grade's explanation; the compiler's own lines follow, indented.
      lines.stream().skip(1).map(String::strip).forEach(compiler::add);
      if (lines.size() == 1) {
        compiler.add(lines.get(0));
      }
    }
    out.println(indent(String.join("\n", compiler)));
  }

  private void showFailure(Check check) {
    out.println("First failure: " + check.name());
    List<String> lines = check.output().strip().lines().toList();
    out.println(indent(String.join("\n", lines.subList(0, Math.min(FAILURE_LINES, lines.size())))));
    if (lines.size() > FAILURE_LINES) {
      out.printf(
          "  (%d more lines: ./kubelab run %s)%n", lines.size() - FAILURE_LINES, current.id());
    }
  }

  private void hint() throws IOException {
    if (current == null) {
      return;
    }
    StringWriter text = new StringWriter();
    try (PrintWriter hints = new PrintWriter(text)) {
      progress = Exercises.showNextHint(kit, current, progress, hints);
    }
    panel = wrap(text.toString());
    show();
  }

  private void next() throws IOException, InterruptedException {
    List<Exercise> exercises = kit.catalog().exercises();
    int index = current == null ? exercises.size() : exercises.indexOf(current) + 1;
    if (index >= exercises.size()) {
      panel = "That was the last exercise.";
      show();
      return;
    }
    recheck(exercises.get(index));
  }

  private void list() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Lesson lesson : kit.catalog().lessons()) {
      text.append(lesson.title()).append('\n');
      for (Exercise exercise : kit.catalog().exercisesOf(lesson.id())) {
        String state =
            progress.passes(kit, exercise)
                ? "passing"
                : exercise.equals(current)
                    ? "current"
                    : Exercises.isStub(kit, exercise) ? "not started" : "";
        text.append(String.format("  %-11s %-24s %s%n", state, exercise.id(), exercise.title()));
      }
    }
    panel = text.toString();
    show();
  }

  private void solution() throws IOException {
    if (passed == null || !progress.passes(kit, passed)) {
      panel = "The solution opens once an exercise passes; `./kubelab solution <id>` later.";
    } else {
      StringWriter text = new StringWriter();
      try (PrintWriter solution = new PrintWriter(text)) {
        Exercises.printSolution(kit, passed, solution);
      }
      panel = text.toString();
    }
    show();
  }

  private void epilogue() throws IOException {
    if (passed == null) {
      panel = "The epilogue comes with a passing exercise.";
    } else {
      String text = Course.epilogue(kit, lesson(passed), Languages.ofLocale());
      panel =
          wrap(MarkdownText.render(text.isEmpty() ? "(no epilogue in this lesson)" : text, colour));
    }
    show();
  }

  /** Wraps {@code text} to the terminal's width; off a terminal, to 80 columns. */
  private String wrap(String text) {
    return TextWrap.wrap(text, Terminal.columns() - 1);
  }

  private Lesson lesson(Exercise exercise) {
    return kit.catalog().lesson(exercise.lesson()).orElseThrow();
  }

  private String seconds() {
    return String.format(Locale.ROOT, " (%.2f s)", lastSeconds);
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  private static String indent(String text) {
    return text.indent(2).stripTrailing();
  }

  private void clear() {
    out.print("\u001b[H\u001b[2J");
  }
}
