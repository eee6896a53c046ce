package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.cli.terminal.MarkdownText;
import io.kubelab.grader.cli.terminal.Terminal;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.site.Course;
import io.kubelab.grader.site.FrontMatter;
import io.kubelab.grader.site.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * LessonCommand prints a lesson for a terminal, in English or Chinese: headings stand out, code
 * blocks are indented, and links show their address. Colour only on a terminal, and never with
 * NO_COLOR. Hints stay folded: {@code ./kubelab hint} shows them one at a time.
 */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description =
        "Show a lesson in the terminal, e.g. ./kubelab lesson pr-286 (or intro, the course's"
            + " introduction).")
final class LessonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<lesson>",
      description =
          "the lesson: its id (pr-286), number (2), file name (pr-286-scheduler) or one of its"
              + " exercises (random-scheduler); or intro, the course introduction")
  String lessonId;

  @Option(
      names = "--lang",
      paramLabel = "<en|zh>",
      description = "language of the lesson: en or zh (default: the locale, e.g. LANG=zh_CN.UTF-8)")
  String lang;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Language language = Languages.chosen(lang, spec);
    Optional<Lesson> lesson =
        lessonId.equals("intro")
            ? Optional.empty()
            : Optional.of(Lessons.find(kit.catalog(), lessonId, spec));
    return show(kit, lesson, language, spec.commandLine().getOut());
  }

  /** Shows {@code lesson}, or the course's introduction if empty. */
  static int show(Kit kit, Optional<Lesson> lesson, Language language, PrintWriter out)
      throws IOException {
    Course course = Course.load(kit);
    Path file =
        lesson.isEmpty() ? course.introFile(language) : course.lessonFile(lesson.get(), language);
    out.print(
        MarkdownText.render(FrontMatter.parse(Files.readString(file)).body(), Terminal.colour()));
    return 0;
  }
}
