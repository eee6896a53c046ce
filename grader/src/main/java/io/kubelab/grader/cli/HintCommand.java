package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.cli.student.Progress;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.site.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** HintCommand reveals an exercise's hints one at a time: each call shows one more. */
@Command(
    name = "hint",
    mixinStandardHelpOptions = true,
    description =
        "Show the next hint for an exercise (each call reveals one more), in English or Chinese.")
final class HintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExerciseArgument exerciseArgument;

  @Option(
      names = "--lang",
      paramLabel = "<en|zh>",
      description = "language of the hints: en or zh (default: the locale, e.g. LANG=zh_CN.UTF-8)")
  String lang;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Exercise exercise = exerciseArgument.in(kit);
    PrintWriter out = spec.commandLine().getOut();
    return show(kit, exercise, lang, Languages.chosen(lang, spec), out);
  }

  /** Shows the next hint of {@code exercise}; {@code lang} is the option it was chosen with. */
  static int show(Kit kit, Exercise exercise, String lang, Language language, PrintWriter out)
      throws IOException {
    Progress progress = Exercises.showNextHint(kit, exercise, Progress.load(kit), out, language);
    if (progress.hintsShown(exercise.id()) < exercise.hints().size()) {
      String again = "./kubelab hint " + exercise.id() + (lang == null ? "" : " --lang " + lang);
      out.printf(
          language == Language.ENGLISH
              ? "Run `%s` again for the next hint.%n"
              : "再运行一次 `%s` 看下一条提示。%n",
          again);
    }
    return 0;
  }
}
