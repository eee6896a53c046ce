package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.site.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * KitFixture makes what the student's commands need to be tested without a JVM: a kit with this
 * checkout's catalog whose exercises are the stubs, and scripted grades in place of a grader.
 */
public final class KitFixture {
  private KitFixture() {}

  /**
   * A kit at {@code root} with the catalog of this checkout and every exercise left as its stub.
   */
  public static Kit stubbed(Path root) throws IOException {
    Kit source = Kit.locate();
    Kit kit = new Kit(root, source.catalog());
    // Some exercises share a file: each is copied once.
    for (Exercise exercise : source.catalog().exercises()) {
      for (String file : exercise.files()) {
        for (Path copy : List.of(kit.stub(file), kit.exercises().resolve(file))) {
          Files.createDirectories(copy.getParent());
          Files.copy(source.stub(file), copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // Hints are read with their translation, which must match the catalog.
    Path hints = Path.of("lessons", "zh-CN", Course.HINTS);
    Files.createDirectories(root.resolve(hints).getParent());
    Files.copy(source.root().resolve(hints), root.resolve(hints));
    return kit;
  }

  /** Writes {@code content} over the first file of {@code exercise}, as a student's save does. */
  public static void edit(Kit kit, Exercise exercise, String content) throws IOException {
    Files.writeString(kit.exercises().resolve(exercise.files().get(0)), content);
  }

  /**
   * A grade of {@code exercise} whose tests ran and of which {@code passing} of {@code tests} pass.
   */
  public static ExerciseGrade grade(Exercise exercise, int passing, int tests) {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < tests; i++) {
      Check.Status status = i < passing ? Check.Status.PASSED : Check.Status.FAILED;
      checks.add(new Check(exercise.id(), "test " + i, false, status, 0, 1, "", 0.01, ""));
    }
    return new ExerciseGrade(exercise, checks, List.of(), true);
  }

  /**
   * FakeTests grades each exercise with the passing count scripted for it (2 of 5 when none is),
   * and remembers every grading it was asked for; no JVM is started.
   */
  public static final class FakeTests implements ExerciseChecker.VisibleTests {
    public static final int TESTS = 5;

    public final List<List<String>> gradings = new ArrayList<>();

    /** What happens while a grading runs, as a student's save during a check. */
    public Consumer<List<String>> whileGrading = ids -> {};

    public final Map<String, Integer> passing = new HashMap<>();
    private final Kit kit;

    public FakeTests(Kit kit) {
      this.kit = kit;
    }

    /** Scripts every later grading of {@code exercise} to pass all its tests. */
    public void passes(Exercise exercise) {
      passing.put(exercise.id(), TESTS);
    }

    @Override
    public List<ExerciseGrade> run(List<String> exerciseIds) {
      gradings.add(exerciseIds);
      whileGrading.accept(exerciseIds);
      return exerciseIds.stream()
          .map(
              id ->
                  grade(
                      kit.catalog().exercise(id).orElseThrow(), passing.getOrDefault(id, 2), TESTS))
          .toList();
    }
  }
}
