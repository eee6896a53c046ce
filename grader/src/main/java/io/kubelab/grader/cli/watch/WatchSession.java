package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WatchSession turns what happens during {@code ./kubelab watch}, a save or a key, into a change of
 * {@link WatchState} and a new drawing of {@link WatchScreen}.
 */
final class WatchSession {
  /**
   * Watch stops a hanging test sooner than a grading does. Like a grading it resumes in a fresh
   * test JVM after a test brought the JVM down, so the count of passing tests is the one {@code
   * ./kubelab run} gives; the grader stops after three such tests of one exercise. Each test has
   * its exercise's CPU budget, as in a grading. Heap and output cap are a grading's.
   */
  static final Limits LIMITS =
      new Limits(
              Duration.ofSeconds(Limits.CPU_SECONDS),
              Duration.ofSeconds(30),
              256,
              Limits.OUTPUT_BYTES)
          .withExerciseBudgets();

  private final Kit kit;
  private final Grader grader;
  private final WatchScreen screen;
  private final WatchState state;

  WatchSession(
      Kit kit, Grader grader, PrintWriter out, boolean terminal, boolean colour, boolean timings) {
    this.kit = kit;
    this.grader = grader;
    this.screen = new WatchScreen(kit, out, terminal, colour, timings);
    this.state = new WatchState(kit, new ExerciseChecker(kit, this::visibleTests));
  }

  /** Finds the first exercise that does not pass and shows its verdict. */
  void start() throws IOException, InterruptedException {
    state.start();
    screen.draw(state);
  }

  /** Re-checks after a save: the current exercise, or the first one the saved files belong to. */
  void saved(Set<String> files) throws IOException, InterruptedException {
    Optional<Exercise> exercise = state.savedExercise(files);
    if (exercise.isPresent()) {
      recheck(exercise.get());
    }
  }

  /** Handles one key; returns false when watch should end. */
  boolean key(int key) throws IOException, InterruptedException {
    switch (Character.toLowerCase((char) key)) {
      case 'q' -> {
        return false;
      }
      case 'h' -> {
        if (state.unfoldHint()) {
          screen.draw(state);
        }
      }
      case 'n' -> {
        Optional<Exercise> next = state.next();
        if (next.isPresent()) {
          recheck(next.get());
        } else {
          screen.draw(state);
        }
      }
      case 'l' -> {
        state.list();
        screen.draw(state);
      }
      case 'r' -> {
        if (state.current().isPresent()) {
          recheck(state.current().get());
        }
      }
      case 's' -> {
        state.solution();
        screen.draw(state);
      }
      case 'e' -> {
        state.epilogue();
        screen.draw(state);
      }
      default -> {
        // Only a letter is a mistyped key; an arrow key's escape sequence or Enter is not.
        if (Character.isLetter(key)) {
          state.mistyped();
          screen.draw(state);
        }
      }
    }
    return true;
  }

  private void recheck(Exercise exercise) throws IOException, InterruptedException {
    screen.checking(exercise);
    state.check(exercise);
    screen.draw(state);
  }

  /** Grades with the watch's grader and limits, and tells the screen how long it took. */
  private List<ExerciseGrade> visibleTests(List<String> exerciseIds)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<ExerciseGrade> grades =
        grader.grade(kit.exercises(), new GradeOptions(false, exerciseIds, LIMITS)).exercises();
    screen.checked((System.nanoTime() - start) / 1e9, grader.lastPhases(), grades);
    return grades;
  }
}
