package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.cli.terminal.MarkdownText;
import io.kubelab.grader.cli.terminal.Terminal;
import io.kubelab.grader.cli.terminal.TextWrap;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.site.Course;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * WatchPanel writes the text a key of {@code watch} asked for, which {@link WatchScreen} shows
 * below the verdict: the hints unfolded so far, the list, the solution or the epilogue; hints and
 * epilogue wrapped at word boundaries to the terminal's width.
 */
final class WatchPanel {
  private final Kit kit;
  private final boolean colour;

  WatchPanel(Kit kit, boolean colour) {
    this.kit = kit;
    this.colour = colour;
  }

  /** Returns the text of {@code state}'s panel; empty when no key asked for one. */
  String render(WatchState state) throws IOException {
    return switch (state.panel()) {
      case NONE -> "";
      case HINTS -> hints(state);
      case LIST -> list(state);
      case SOLUTION -> solution(state.passed().orElseThrow());
      case SOLUTION_CLOSED ->
          "The solution opens once an exercise passes; `./kubelab solution <id>` later.";
      case EPILOGUE -> epilogue(state.passed().orElseThrow());
      case EPILOGUE_CLOSED -> "The epilogue comes with a passing exercise.";
      case KEYS -> "keys: h hint, n next exercise, l list, r re-check, q quit";
      case LAST_EXERCISE -> "That was the last exercise.";
    };
  }

  private String hints(WatchState state) throws IOException {
    StringWriter text = new StringWriter();
    try (PrintWriter hints = new PrintWriter(text)) {
      Exercises.printHints(
          kit, state.current().orElseThrow(), state.hintsShown(), hints, Languages.ofLocale());
    }
    return wrap(text.toString());
  }

  private String list(WatchState state) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Lesson lesson : kit.catalog().lessons()) {
      text.append(lesson.title()).append('\n');
      for (Exercise exercise : kit.catalog().exercisesOf(lesson.id())) {
        text.append(
            String.format(
                "  %-11s %-24s %s%n", state.standing(exercise), exercise.id(), exercise.title()));
      }
    }
    return text.toString();
  }

  private String solution(Exercise passed) throws IOException {
    StringWriter text = new StringWriter();
    try (PrintWriter solution = new PrintWriter(text)) {
      Exercises.printSolution(kit, passed, solution);
    }
    return text.toString();
  }

  private String epilogue(Exercise passed) throws IOException {
    Lesson lesson = kit.catalog().lesson(passed.lesson()).orElseThrow();
    String text = Course.epilogue(kit, lesson, Languages.ofLocale());
    return wrap(
        MarkdownText.render(text.isEmpty() ? "(no epilogue in this lesson)" : text, colour));
  }

  /** Wraps {@code text} to the terminal's width; off a terminal, to 80 columns. */
  private static String wrap(String text) {
    return TextWrap.wrap(text, Terminal.columns() - 1);
  }
}
