package io.kubelab.grader.cli;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.site.Language;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * QuickLookups answers the plain text look-ups (the status screen, {@code hint <exercise>}, {@code
 * lesson <lesson>} and {@code solution <exercise>}) without picocli, so that they answer at once:
 * picocli's classes are of a class file version the launcher's class archive cannot keep, and
 * loading them costs more than the look-up itself.
 *
 * <p>Anything else (an option, {@code --help}, an unknown name, a usage error) is left to picocli,
 * which parses and reports it as for every other command; each look-up runs the very code its
 * command runs.
 */
final class QuickLookups {
  private QuickLookups() {}

  /** Runs {@code args} if they are a plain look-up and returns its exit status; else empty. */
  static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 2 || (args.length == 2 && !plain(args[1])) || args.length == 1) {
      return OptionalInt.empty();
    }
    try {
      Kit kit = Kit.locate();
      if (args.length == 0) {
        return OptionalInt.of(KubelabCommand.status(kit, out));
      }
      // Without --lang the locale chooses, and any locale gives a language.
      Language language = Language.choose(null, System.getenv());
      String name = args[1];
      Optional<Exercise> exercise = kit.catalog().exercise(name);
      Optional<Lesson> lesson = Lessons.find(kit.catalog(), name);
      return switch (args[0]) {
        case "hint" ->
            exercise.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(HintCommand.show(kit, exercise.get(), null, language, out));
        case "solution" ->
            exercise.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(SolutionCommand.show(kit, exercise.get(), out));
        case "lesson" ->
            name.equals("intro") || lesson.isPresent()
                ? OptionalInt.of(
                    LessonCommand.show(
                        kit, name.equals("intro") ? Optional.empty() : lesson, language, out))
                : OptionalInt.empty();
        default -> OptionalInt.empty();
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(Main.failed(err, e));
    } catch (Exception e) {
      return OptionalInt.of(Main.failed(err, e));
    }
  }

  /** An argument picocli would take as it is: not an option, and not an @file to expand. */
  private static boolean plain(String arg) {
    return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
  }
}
