package io.kubelab.grader.cli;

import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Grade;
import io.kubelab.grader.Grader;
import io.kubelab.grader.Kit;
import io.kubelab.grader.Lesson;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * KubelabCommand, run without a subcommand, shows the lessons and exercises in course order with
 * each one's state, and what to do next.
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
      ResetCommand.class,
      picocli.CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    })
final class KubelabCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Checking your exercises (visible tests)...");
    out.flush();
    Grade grade = new Grader(kit).grade(kit.exercises(), Grader.Options.visibleOnly());
    Progress progress = Progress.load(kit);
    for (ExerciseGrade exercise : grade.exercises()) {
      progress = progress.withPassed(kit, exercise.exercise(), exercise.passed());
    }
    progress.save(kit);
    Optional<ExerciseGrade> next = Optional.empty();
    for (Lesson lesson : kit.catalog().lessons()) {
      out.printf("%n%s  (%s)%n", lesson.title(), lesson.file());
      for (ExerciseGrade exercise : grade.exercises()) {
        if (!exercise.exercise().lesson().equals(lesson.id())) {
          continue;
        }
        String state =
            !exercise.started() ? "not started" : exercise.passed() ? "passing" : "failing";
        out.printf(
            "  %-11s %-24s %s%s%n",
            state,
            exercise.exercise().id(),
            exercise.exercise().title(),
            exercise.started()
                ? String.format(
                    " (%d of %d tests pass)", exercise.passedCount(), exercise.checks().size())
                : "");
        if (next.isEmpty() && !exercise.passed()) {
          next = Optional.of(exercise);
        }
      }
    }
    out.println();
    if (next.isPresent()) {
      var exercise = next.get().exercise();
      out.printf("Next: %s. Edit exercises/%s%n", exercise.title(), exercise.files().get(0));
      out.printf(
          "Read %s, then start `./kubelab watch`: it re-checks the exercise every time you save."
              + " Stuck? `./kubelab hint %s`.%n",
          kit.catalog().lesson(exercise.lesson()).orElseThrow().file(), exercise.id());
    } else {
      out.println(
          "Every exercise passes its visible tests. `./kubelab grade exercises` runs the hidden ones too.");
    }
    return 0;
  }
}
