package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README")
class ReadmeLessonTableTest {
  private static final String BEGIN = "<!-- lesson table: generated from catalog.toml -->\n";
  private static final String END = "<!-- end of lesson table -->";

  @Test
  @DisplayName("shows the catalog's lessons and exercises, in course order")
  void lessonTableMatchesCatalog() throws IOException {
    Kit kit = TestKit.kit();
    String readme = Files.readString(kit.root().resolve("README.md"));
    String expected = render(kit.catalog());

    assertThat(readme)
        .as("the README marks where the generated lesson table begins and ends")
        .contains(BEGIN, END);
    String actual = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END));
    assertThat(actual)
        .as("README.md's lesson table is out of date; replace it with:%n%s", expected)
        .isEqualTo(expected);
  }

  private static String format(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }

  private static String render(Catalog catalog) {
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
}
