package io.kubelab.grader.cli.student;

import io.kubelab.grader.cli.student.Progress.Verdict;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * ExerciseChecker runs exercises' visible tests and records each verdict in the progress file, so
 * that {@code run}, {@code solution}, the status screen and {@code watch} agree on what passes and
 * none of them checks again files that have not changed since their last check.
 */
public final class ExerciseChecker {
  /**
   * VisibleTests runs the visible tests of the exercises named, in one grading, and returns a grade
   * for each: a grader on the student's {@code exercises/}, or a test's scripted grades.
   */
  @FunctionalInterface
  public interface VisibleTests {
    List<ExerciseGrade> run(List<String> exerciseIds) throws IOException, InterruptedException;
  }

  private final Kit kit;
  private final VisibleTests tests;

  public ExerciseChecker(Kit kit, VisibleTests tests) {
    this.kit = kit;
    this.tests = tests;
  }

  /** A checker that grades with a grader of its own, within a grading's limits. */
  public static ExerciseChecker of(Kit kit) {
    // The grader is made only when something needs checking: answers from the progress file
    // should not pay for loading it.
    return new ExerciseChecker(
        kit,
        ids ->
            new Grader(kit)
                .grade(kit.exercises(), new GradeOptions(false, ids, Limits.defaults()))
                .exercises());
  }

  /** Checks {@code exercise} with its files as they are now and records the verdict. */
  public ExerciseGrade check(Exercise exercise) throws IOException, InterruptedException {
    List<ExerciseGrade> grades = checkAndRecord(List.of(exercise)).grades();
    return grades.get(0);
  }

  private record Checked(List<ExerciseGrade> grades, Progress progress) {}

  /**
   * Grades {@code exercises} in one grading and records each verdict against the files as they were
   * before the grading began, so a save during it is never taken as checked.
   */
  private Checked checkAndRecord(List<Exercise> exercises)
      throws IOException, InterruptedException {
    Map<String, String> before = new HashMap<>();
    for (Exercise exercise : exercises) {
      before.put(exercise.id(), Progress.fingerprint(kit, exercise));
    }
    List<ExerciseGrade> grades = tests.run(exercises.stream().map(Exercise::id).toList());
    // Read just before writing, so hints revealed meanwhile (watch, another terminal) are kept.
    Progress progress = Progress.load(kit);
    for (ExerciseGrade grade : grades) {
      progress = progress.withVerdict(grade.exercise(), before.get(grade.exercise().id()), grade);
    }
    progress.save(kit);
    return new Checked(grades, progress);
  }

  /**
   * Returns the verdict on {@code exercise}: the recorded one while its files are unchanged, not
   * started while they are the stub, else a new check's (recorded).
   */
  public Verdict verdict(Exercise exercise) throws IOException, InterruptedException {
    return verdicts(List.of(exercise), changed -> {}).get(exercise.id());
  }

  /**
   * Returns the verdict on each of {@code exercises} by id, in their order, as {@link
   * #verdict(Exercise)} does; those that need a check are checked in one grading, after {@code
   * checking} is told which they are.
   */
  public Map<String, Verdict> verdicts(List<Exercise> exercises, Consumer<List<Exercise>> checking)
      throws IOException, InterruptedException {
    Progress progress = Progress.load(kit);
    Map<String, Verdict> known = new HashMap<>();
    List<Exercise> changed = new ArrayList<>();
    for (Exercise exercise : exercises) {
      Optional<Verdict> recorded = progress.verdict(kit, exercise);
      if (recorded.isPresent()) {
        known.put(exercise.id(), recorded.get());
      } else if (Exercises.isStub(kit, exercise)) {
        known.put(exercise.id(), Verdict.notStarted());
      } else {
        changed.add(exercise);
      }
    }
    if (!changed.isEmpty()) {
      checking.accept(changed);
      Progress recorded = checkAndRecord(changed).progress();
      for (Exercise exercise : changed) {
        Verdict verdict = recorded.verdicts().get(exercise.id());
        if (verdict == null) {
          throw new IOException("the grading gave no verdict on " + exercise.id());
        }
        known.put(exercise.id(), verdict);
      }
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (Exercise exercise : exercises) {
      verdicts.put(exercise.id(), known.get(exercise.id()));
    }
    return verdicts;
  }
}
