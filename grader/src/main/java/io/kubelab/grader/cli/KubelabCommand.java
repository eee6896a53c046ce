package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Languages;
import io.kubelab.grader.cli.student.Progress.Verdict;
import io.kubelab.grader.cli.watch.WatchCommand;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * KubelabCommand, run without a subcommand, shows the lessons and exercises in course order with
 * each one's state, and what to do next.
 *
 * <p>It checks only the exercises whose files changed since their last check: the other verdicts
 * come from the progress file, kept with a digest of the files they were given for, so the screen
 * appears at once when nothing changed.
 */
@Command(
    name = "kubelab",
    mixinStandardHelpOptions = true,
    version = "kubelab 0.1.0",
    description = {
      "Distributed-systems engineering by re-living early Kubernetes pull requests.",
      "Without a command: the lessons, your progress and the next exercise."
    },
    subcommands = {
      GradeCommand.class,
      GradeAllCommand.class,
      GradebookCommand.class,
      HintCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      ExportCommand.class,
      RunCommand.class,
      WatchCommand.class,
      LessonCommand.class,
      SolutionCommand.class,
      SiteCommand.class,
      ResetCommand.class,
      RestoreCommand.class,
      HelpCommand.class,
      GenerateCompletion.class
    })
final class KubelabCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return status(Kit.locate(), spec.commandLine().getOut());
  }

  /** Shows the lessons and exercises with each one's state, and what to do next. */
  static int status(Kit kit, PrintWriter out) throws IOException, InterruptedException {
    // Only what changed since its last check is checked again: the rest is in the progress file.
    Map<String, Verdict> verdicts =
        ExerciseChecker.of(kit)
            .verdicts(
                kit.catalog().exercises(),
                changed -> {
                  out.printf(
                      "Checking what changed since the last check: %s...%n",
                      String.join(", ", changed.stream().map(Exercise::id).toList()));
                  out.flush();
                });
    Optional<Exercise> next = Optional.empty();
    for (Lesson lesson : kit.catalog().lessons()) {
      out.printf("%n%s  (%s)%n", lesson.title(), Languages.lessonPath(kit, lesson));
      for (Exercise exercise : kit.catalog().exercisesOf(lesson.id())) {
        Verdict verdict = verdicts.get(exercise.id());
        boolean ran =
            verdict.state().equals(Verdict.PASSING) || verdict.state().equals(Verdict.FAILING);
        out.printf(
            "  %-11s %-24s %s%s%n",
            verdict.state().equals(Verdict.NOT_COMPILING) ? Verdict.FAILING : verdict.state(),
            exercise.id(),
            exercise.title(),
            ran
                ? String.format(" (%d of %d tests pass)", verdict.passing(), verdict.tests())
                : verdict.state().equals(Verdict.NOT_COMPILING) ? " (does not compile)" : "");
        if (next.isEmpty() && !verdict.state().equals(Verdict.PASSING)) {
          next = Optional.of(exercise);
        }
      }
    }
    out.println();
    if (next.isPresent()) {
      Exercise exercise = next.get();
      out.printf("Next: %s. Edit exercises/%s%n", exercise.title(), exercise.files().get(0));
      out.printf(
          "Read %s, then start `./kubelab watch`: it re-checks the exercise every time you save."
              + " Stuck? `./kubelab hint %s`.%n",
          Languages.lessonPath(kit, kit.catalog().lesson(exercise.lesson()).orElseThrow()),
          exercise.id());
    } else {
      out.println("Every exercise passes its visible tests. " + Exercises.hiddenChecks(kit, ""));
    }
    return 0;
  }
}
