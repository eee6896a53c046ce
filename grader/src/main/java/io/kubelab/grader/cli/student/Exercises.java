package io.kubelab.grader.cli.student;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.site.Course;
import io.kubelab.grader.site.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Exercises holds what the student's commands do with one exercise: look it up by id (with a usage
 * error that lists the ids), reveal its next hint and show its reference solution.
 */
public final class Exercises {
  private Exercises() {}

  /**
   * Reveals one more hint of {@code exercise} (all shown so far are printed again) in the language
   * of the reader's locale, records it in the progress file and returns the updated progress.
   */
  public static Progress showNextHint(
      Kit kit, Exercise exercise, Progress progress, PrintWriter out) throws IOException {
    return showNextHint(kit, exercise, progress, out, Languages.ofLocale());
  }

  /** Reveals one more hint of {@code exercise} in {@code language}, as above. */
  public static Progress showNextHint(
      Kit kit, Exercise exercise, Progress progress, PrintWriter out, Language language)
      throws IOException {
    Progress updated = progress.withNextHint(exercise);
    printHints(kit, exercise, updated.hintsShown(exercise.id()), out, language);
    updated.save(kit);
    return updated;
  }

  /**
   * Prints the first {@code shown} hints of {@code exercise} in {@code language}; after the last,
   * where the lesson explains the why.
   */
  public static void printHints(
      Kit kit, Exercise exercise, int shown, PrintWriter out, Language language)
      throws IOException {
    Course course = Course.load(kit);
    List<String> hints = course.hints(exercise, language);
    for (int i = 0; i < shown; i++) {
      out.printf(
          language == Language.ENGLISH ? "Hint %d of %d: %s%n%n" : "提示 %d / %d：%s%n%n",
          i + 1,
          hints.size(),
          hints.get(i));
    }
    if (shown == hints.size()) {
      String lesson =
          course.lessonPath(kit.catalog().lesson(exercise.lesson()).orElseThrow(), language);
      out.printf(
          language == Language.ENGLISH
              ? "That was the last hint. The lesson explains the why: %s%n"
              : "这是最后一条提示。为什么这样写，课程里有讲：%s%n",
          lesson);
    }
  }

  /**
   * Says where the hidden checks run: here, with {@code ./kubelab grade exercises} and {@code
   * options}, in a kit that has them; only when the instructor grades, in a student's kit.
   */
  public static String hiddenChecks(Kit kit, String options) {
    return kit.hasHiddenTests()
        ? "`./kubelab grade exercises" + options + "` runs the hidden checks too."
        : "Hidden checks run when your instructor grades.";
  }

  /** Prints the reference solution of {@code exercise}, or says this kit has none. */
  public static void printSolution(Kit kit, Exercise exercise, PrintWriter out) throws IOException {
    for (String file : exercise.files()) {
      Path solution = kit.solutions().resolve(file);
      if (!Files.isRegularFile(solution)) {
        out.println("This kit has no reference solutions; ask your instructor.");
        return;
      }
      out.printf("=== solutions/%s%n%s%n", file, Files.readString(solution));
    }
  }

  /** Returns whether every file of {@code exercise} is still the stub the kit shipped. */
  public static boolean isStub(Kit kit, Exercise exercise) throws IOException {
    for (String file : exercise.files()) {
      Path path = kit.exercises().resolve(file);
      if (!Files.isRegularFile(path) || !kit.isStub(file, Files.readAllBytes(path))) {
        return false;
      }
    }
    return true;
  }

  public static Exercise find(Kit kit, String id, CommandSpec spec) {
    return kit.catalog()
        .exercise(id)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown exercise "
                        + id
                        + "; the exercises are: "
                        + String.join(
                            ", ", kit.catalog().exercises().stream().map(Exercise::id).toList())));
  }
}
