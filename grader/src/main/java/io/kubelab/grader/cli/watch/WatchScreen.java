package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WatchScreen draws what {@link WatchState} knows: the verdict, then what a key asked for (a hint,
 * the solution, the epilogue, the list), then the keys; on a terminal each drawing replaces the
 * last, and long lines wrap at word boundaries.
 *
 * <p>Every verdict line starts with {@code ✓}, {@code ✗} or {@code ·} and the exercise id, so a
 * person sees it at a glance and a script (the watch benchmark, the end-to-end test) can wait for
 * it.
 */
final class WatchScreen {
  private static final int FAILURE_LINES = 14;
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final Kit kit;
  private final PrintWriter out;
  private final boolean terminal;
  private final boolean colour;
  private final boolean timings;

  /** How long the last check took, shown beside its verdict on every drawing until the next. */
  private double seconds;

  WatchScreen(Kit kit, PrintWriter out, boolean terminal, boolean colour, boolean timings) {
    this.kit = kit;
    this.out = out;
    this.terminal = terminal;
    this.colour = colour;
    this.timings = timings;
  }

  /** Says that {@code exercise} is being checked, on a cleared terminal. */
  void checking(Exercise exercise) {
    if (terminal) {
      clear();
    }
    out.printf("checking %s...%n", exercise.id());
    out.flush();
  }

  /**
   * Notes how long a check took and, with {@code --timings}, prints where its time went: {@code
   * phases} are the grading's, {@code grades} what it found.
   */
  void checked(double seconds, Grader.Phases phases, List<ExerciseGrade> grades) {
    this.seconds = seconds;
    if (timings) {
      double tests =
          grades.stream()
              .flatMap(grade -> grade.checks().stream())
              .mapToDouble(Check::seconds)
              .sum();
      out.printf(
          Locale.ROOT,
          "timings: check %.3f s = set-up %.3f s + compile %.3f s + test JVM %.3f s (of which the"
              + " tests themselves %.3f s; the rest is its start, class loading and test"
              + " discovery)%n",
          seconds,
          phases.setUp().toNanos() / 1e9,
          phases.compile().toNanos() / 1e9,
          phases.tests().toNanos() / 1e9,
          tests);
    }
  }

  /** Draws the whole screen. */
  void draw(WatchState state) throws IOException {
    String panel = new WatchPanel(kit, colour).render(state);
    if (terminal) {
      clear();
    }
    if (state.passed().isPresent()) {
      Exercise passed = state.passed().get();
      out.println(
          paint(GREEN, "✓ " + passed.id() + " passes all its visible tests")
              + seconds()
              + ". Well done!");
      out.printf(
          "  [s] the reference solution   [e] what happened next upstream (%s)%n",
          lesson(passed).title());
      out.println();
    }
    if (state.current().isEmpty()) {
      showPanel(panel);
      out.println(
          "Every exercise passes its visible tests. "
              + Exercises.hiddenChecks(kit, "")
              + " [q] quit");
      out.flush();
      return;
    }
    Exercise current = state.current().get();
    out.println(
        paint(BOLD, current.title()) + "  (" + current.id() + ", lesson " + current.lesson() + ")");
    out.printf(
        "Edit exercises/%s; each save re-checks it.%n%n",
        String.join(", exercises/", current.files()));
    showVerdict(current, state);
    out.println();
    showPanel(panel);
    int hints = state.hintsShown();
    out.println(
        (hints < current.hints().size()
                ? "[h] hint " + (hints + 1) + " of " + current.hints().size()
                : "[h] hints again")
            + "   [n] next exercise   [l] list   [r] re-check   [q] quit");
    out.flush();
  }

  private void showVerdict(Exercise current, WatchState state) {
    if (state.verdict().isEmpty()) {
      out.printf("· %s is next: save the file to check it.%n", current.id());
      return;
    }
    ExerciseGrade verdict = state.verdict().get();
    if (!verdict.started() && verdict.problems().isEmpty()) {
      out.printf(
          "· %s is not started: its file is still the stub. Read %s, then write your code.%n",
          current.id(), Languages.lessonPath(kit, lesson(current)));
    } else if (!verdict.started()) {
      showCompileErrors(current, verdict);
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
          .ifPresent(check -> showFailure(current, check));
    }
  }

  private void showPanel(String panel) {
    if (!panel.isEmpty()) {
      out.println(panel.stripTrailing());
      out.println();
    }
  }

  /**
   * Shows what the compiler said. The grader's problem text is written for a grade (the stub was
   * graded instead); watch shows only the compiler's lines, each naming a file and a line.
   */
  private void showCompileErrors(Exercise current, ExerciseGrade verdict) {
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

  private void showFailure(Exercise current, Check check) {
    out.println("First failure: " + check.name());
    List<String> lines = check.output().strip().lines().toList();
    out.println(indent(String.join("\n", lines.subList(0, Math.min(FAILURE_LINES, lines.size())))));
    if (lines.size() > FAILURE_LINES) {
      out.printf(
          "  (%d more lines: ./kubelab run %s)%n", lines.size() - FAILURE_LINES, current.id());
    }
  }

  private Lesson lesson(Exercise exercise) {
    return kit.catalog().lesson(exercise.lesson()).orElseThrow();
  }

  private String seconds() {
    return String.format(Locale.ROOT, " (%.2f s)", seconds);
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
