package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.cli.student.Progress;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WatchState is what {@code ./kubelab watch} knows between two screens: the current exercise, its
 * last verdict, the exercise that just passed (whose solution and epilogue are on offer), how many
 * hints are unfolded and what the last key asked to see; kept apart from the drawing, so that what
 * a save or a key does can be tested without a terminal.
 */
final class WatchState {
  /** Panel is what the last key asked to see below the verdict, until the next check. */
  enum Panel {
    NONE,
    /** The hints unfolded so far. */
    HINTS,
    /** Every exercise with its standing. */
    LIST,
    /** The reference solution of the exercise that just passed. */
    SOLUTION,
    /** Why there is no solution to show yet. */
    SOLUTION_CLOSED,
    /** What happened next upstream, after the lesson of the exercise that just passed. */
    EPILOGUE,
    /** Why there is no epilogue to show yet. */
    EPILOGUE_CLOSED,
    /** The keys, after a letter that is none of them. */
    KEYS,
    /** That {@code n} found no exercise after the last. */
    LAST_EXERCISE
  }

  private final Kit kit;
  private final ExerciseChecker checker;
  private Exercise current;
  private ExerciseGrade verdict;
  private Exercise passed;
  private Panel panel = Panel.NONE;

  WatchState(Kit kit, ExerciseChecker checker) {
    this.kit = kit;
    this.checker = checker;
  }

  /**
   * Finds the first exercise in course order that does not pass (a pass recorded in the progress
   * file counts while the files are unchanged), checking each on the way.
   */
  void start() throws IOException, InterruptedException {
    Progress progress = Progress.load(kit);
    for (Exercise exercise : kit.catalog().exercises()) {
      if (progress.passes(kit, exercise)) {
        continue;
      }
      ExerciseGrade grade = checker.check(exercise);
      if (!grade.passed()) {
        current = exercise;
        verdict = grade;
        return;
      }
    }
    current = null;
  }

  /** Returns the exercise a save of {@code files} re-checks: the current one, or their first. */
  Optional<Exercise> savedExercise(Set<String> files) {
    List<Exercise> owners = FileWatcher.owners(kit, files);
    return owners.contains(current) ? Optional.of(current) : owners.stream().findFirst();
  }

  /**
   * Checks {@code exercise}; once it passes, the current exercise is the next one that does not
   * (unchecked until it is saved), or none.
   */
  void check(Exercise exercise) throws IOException, InterruptedException {
    current = exercise;
    passed = null;
    panel = Panel.NONE;
    verdict = checker.check(exercise);
    if (verdict.passed()) {
      passed = exercise;
      current = nextNotPassing(exercise).orElse(null);
      verdict = null;
    }
  }

  private Optional<Exercise> nextNotPassing(Exercise after) throws IOException {
    Progress progress = Progress.load(kit);
    List<Exercise> exercises = kit.catalog().exercises();
    for (Exercise exercise : exercises.subList(exercises.indexOf(after) + 1, exercises.size())) {
      if (!progress.passes(kit, exercise)) {
        return Optional.of(exercise);
      }
    }
    return Optional.empty();
  }

  /**
   * Unfolds the current exercise's next hint (all of them are shown, once the last is) and records
   * it in the progress file; returns false, changing nothing, when there is no current exercise.
   */
  boolean unfoldHint() throws IOException {
    if (current == null) {
      return false;
    }
    Progress.load(kit).withNextHint(current).save(kit);
    panel = Panel.HINTS;
    return true;
  }

  /**
   * Returns the exercise after the current one in course order, to be checked; when there is none,
   * shows that instead.
   */
  Optional<Exercise> next() {
    List<Exercise> exercises = kit.catalog().exercises();
    int index = current == null ? exercises.size() : exercises.indexOf(current) + 1;
    if (index >= exercises.size()) {
      panel = Panel.LAST_EXERCISE;
      return Optional.empty();
    }
    return Optional.of(exercises.get(index));
  }

  void list() {
    panel = Panel.LIST;
  }

  /** Shows the solution of the exercise that just passed, if its files still pass. */
  void solution() throws IOException {
    panel =
        passed != null && Progress.load(kit).passes(kit, passed)
            ? Panel.SOLUTION
            : Panel.SOLUTION_CLOSED;
  }

  void epilogue() {
    panel = passed == null ? Panel.EPILOGUE_CLOSED : Panel.EPILOGUE;
  }

  void mistyped() {
    panel = Panel.KEYS;
  }

  /** The exercise being worked on; empty once every exercise passes. */
  Optional<Exercise> current() {
    return Optional.ofNullable(current);
  }

  /** The last check of the current exercise; empty when it has not been checked since it came. */
  Optional<ExerciseGrade> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** The exercise the last check found passing; empty once another check began. */
  Optional<Exercise> passed() {
    return Optional.ofNullable(passed);
  }

  Panel panel() {
    return panel;
  }

  /** How many hints of the current exercise are unfolded; 0 when there is none. */
  int hintsShown() {
    return current == null ? 0 : Progress.load(kit).hintsShown(current.id());
  }

  /** Says where {@code exercise} stands: passing, current, not started, or nothing to say. */
  String standing(Exercise exercise) throws IOException {
    if (Progress.load(kit).passes(kit, exercise)) {
      return "passing";
    }
    if (exercise.equals(current)) {
      return "current";
    }
    return Exercises.isStub(kit, exercise) ? "not started" : "";
  }
}
