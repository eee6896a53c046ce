package io.kubelab.grader;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.RubricGroup;
import io.kubelab.grader.site.Language;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * RubricBlock renders an exercise's rubric as the Markdown block its lesson shows, between markers
 * that {@link RubricTest} finds, so a student reads the weights the grader uses, in the lesson's
 * language: the markers, the group names and the checks are the same in both, so the two lessons
 * stay in step.
 */
final class RubricBlock {
  static final String END = "<!-- end of rubric -->";

  private RubricBlock() {}

  static String begin(Exercise exercise) {
    return "<!-- rubric of " + exercise.id() + ": generated from catalog.toml -->\n";
  }

  static String render(Exercise exercise, Language language) {
    StringBuilder block = new StringBuilder(begin(exercise));
    String points = format(exercise.points());
    block.append(
        language == Language.ENGLISH
            ? String.format(
                Locale.ROOT,
                "How the %s%s points of `%s` are shared: the checks of a part share its points"
                    + " equally.%n%n| Part | Points | Checks |%n|---|---:|---|%n",
                points,
                exercise.bonus() ? " bonus" : "",
                exercise.id())
            : String.format(
                Locale.ROOT,
                "`%s` 的 %s 分%s如何分配：同一部分的各项检查平分该部分的分数。%n%n| 部分 | 分数 | 检查 |%n|---|---:|---|%n",
                exercise.id(),
                points,
                exercise.bonus() ? "（附加分）" : ""));
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
