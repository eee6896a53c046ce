package io.kubelab.grader.cli;

import io.kubelab.grader.Kit;
import io.kubelab.grader.Lesson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * LessonCommand prints a lesson for a terminal: headings stand out, code blocks are indented, and
 * links show their address. Colour only on a terminal, and never with NO_COLOR. Hints stay folded:
 * {@code ./kubelab hint} shows them one at a time.
 */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description = "Show a lesson in the terminal, e.g. ./kubelab lesson pr-286.")
final class LessonCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "<lesson>",
      description =
          "the lesson: its id (pr-286), number (2), file name (pr-286-scheduler) or one of its"
              + " exercises (random-scheduler)")
  String lessonId;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    Lesson lesson = Lessons.find(kit.catalog(), lessonId, spec);
    boolean colour = Terminal.colour();
    PrintWriter out = spec.commandLine().getOut();
    out.print(MarkdownText.render(Files.readString(kit.root().resolve(lesson.file())), colour));
    return 0;
  }
}
