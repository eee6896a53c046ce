package io.kubelab.grader.export;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Lesson;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * LessonTable renders the catalog's lessons as the Markdown table both READMEs show, the kit's and
 * the student kit's, so neither lists a lesson the catalog does not have.
 */
public final class LessonTable {
  private LessonTable() {}

  /**
   * One row per lesson in course order: title and file, upstream pull requests, exercises, points.
   */
  public static String render(Catalog catalog) {
    StringBuilder table =
        new StringBuilder(
            "| # | Lesson | Upstream | Exercises | Points |\n|---|---|---|---|---|\n");
    int number = 1;
    for (Lesson lesson : catalog.lessons()) {
      String upstream =
          "[#%d](https://github.com/kubernetes/kubernetes/pull/%d)"
                  .formatted(lesson.pr(), lesson.pr())
              + lesson.relatedPrs().stream()
                  .map(
                      pr ->
                          ", [#%d](https://github.com/kubernetes/kubernetes/pull/%d)"
                              .formatted(pr, pr))
                  .collect(Collectors.joining());
      String exercises =
          catalog.exercisesOf(lesson.id()).stream()
              .map(e -> "`" + e.id() + "`" + (e.bonus() ? " (bonus)" : ""))
              .collect(Collectors.joining(", "));
      double points =
          catalog.exercisesOf(lesson.id()).stream()
              .filter(e -> !e.bonus())
              .mapToDouble(Exercise::points)
              .sum();
      double bonus =
          catalog.exercisesOf(lesson.id()).stream()
              .filter(Exercise::bonus)
              .mapToDouble(Exercise::points)
              .sum();
      table.append(
          String.format(
              Locale.ROOT,
              "| %d | [%s](%s) | %s | %s | %s |%n",
              number++,
              lesson.title(),
              lesson.file(),
              upstream,
              exercises,
              format(points) + (bonus > 0 ? " + " + format(bonus) + " bonus" : "")));
    }
    return table.toString();
  }

  private static String format(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }
}
