package io.kubelab.grader.cli;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Lesson;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Lessons finds a lesson by whatever the screens show of it: its id ({@code pr-286}), its file name
 * with or without folder and extension ({@code pr-286-scheduler}, {@code
 * lessons/pr-286-scheduler.md}), its number in the course or its pull request's ({@code 2}, {@code
 * 286}, {@code #286}), or the id of one of its exercises ({@code random-scheduler}).
 */
final class Lessons {
  private Lessons() {}

  static Optional<Lesson> find(Catalog catalog, String name) {
    String wanted = name.strip().replace('\\', '/');
    List<Lesson> lessons = catalog.lessons();
    Optional<Lesson> byId = catalog.lesson(wanted);
    if (byId.isPresent()) {
      return byId;
    }
    String file = wanted.substring(wanted.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    for (Lesson lesson : lessons) {
      if (lesson.file().endsWith("/" + file + ".md") || lesson.file().equals(file + ".md")) {
        return Optional.of(lesson);
      }
    }
    String number = wanted.replaceFirst("^(?i)(#|pr-?)", "");
    if (number.matches("\\d{1,9}")) {
      int n = Integer.parseInt(number);
      if (n >= 1 && n <= lessons.size() && !wanted.startsWith("#")) {
        return Optional.of(lessons.get(n - 1));
      }
      return lessons.stream()
          .filter(lesson -> lesson.pr() == n || lesson.relatedPrs().contains(n))
          .findFirst();
    }
    return catalog.exercise(wanted).map(Exercise::lesson).flatMap(catalog::lesson);
  }

  /** Like {@link #find}, but a usage error that lists the lessons when nothing matches. */
  static Lesson find(Catalog catalog, String name, CommandSpec spec) {
    return find(catalog, name)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown lesson "
                        + name
                        + "; give a lesson's id, number, file name or one of its exercises: "
                        + String.join(
                            ", ",
                            catalog.lessons().stream()
                                .map(
                                    lesson ->
                                        (catalog.lessons().indexOf(lesson) + 1) + " " + lesson.id())
                                .toList())));
  }
}
