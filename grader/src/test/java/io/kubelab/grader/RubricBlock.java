package io.kubelab.grader;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * RubricBlock renders an exercise's rubric as the Markdown block its lesson shows, between markers
 * that {@link RubricTest} finds, so a student reads the weights the grader uses.
 */
final class RubricBlock {
  static final String END = "<!-- end of rubric -->";

  private RubricBlock() {}

  static String begin(Exercise exercise) {
    return "<!-- rubric of " + exercise.id() + ": generated from catalog.toml -->\n";
  }

  static String render(Exercise exercise) {
    StringBuilder block = new StringBuilder(begin(exercise));
    block.append(
        String.format(
            Locale.ROOT,
            "How the %s%s points of `%s` are shared: the checks of a part share its points"
                + " equally.%n%n| Part | Points | Checks |%n|---|---:|---|%n",
            format(exercise.points()),
            exercise.bonus() ? " bonus" : "",
            exercise.id()));
    for (RubricGroup group : exercise.rubric()) {
      block.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s |%n",
              group.group(),
              format(group.points()),
              group.checks().stream()
                  .map(pattern -> "`" + pattern + "`")
                  .collect(Collectors.joining(", "))));
    }
    return block.append(END).toString();
  }

  private static String format(double points) {
    return points == Math.rint(points)
        ? String.valueOf((long) points)
        : String.format(Locale.ROOT, "%.1f", points);
  }
}
