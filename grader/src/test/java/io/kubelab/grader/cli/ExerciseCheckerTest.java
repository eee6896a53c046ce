package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.Check;
import io.kubelab.grader.Exercise;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Kit;
import io.kubelab.grader.cli.Progress.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("One checker checks an exercise and records the verdict for every command")
class ExerciseCheckerTest {
  @TempDir Path root;

  private Kit kit;
  private Exercise stringSet;
  private Exercise randomScheduler;
  private final FakeTests tests = new FakeTests();

  /**
   * FakeTests grades each exercise with the passing and total counts scripted for it, and remembers
   * every grading it was asked for; no JVM is started.
   */
  private final class FakeTests implements ExerciseChecker.VisibleTests {
    final List<List<String>> gradings = new ArrayList<>();
    int passing = 2;
    int total = 5;

    @Override
    public List<ExerciseGrade> run(List<String> exerciseIds) {
      gradings.add(exerciseIds);
      return exerciseIds.stream()
          .map(id -> grade(kit.catalog().exercise(id).orElseThrow(), passing, total))
          .toList();
    }
  }

  @BeforeEach
  void kit() throws IOException {
    Kit source = Kit.locate();
    kit = new Kit(root, source.catalog());
    stringSet = source.catalog().exercise("string-set").orElseThrow();
    randomScheduler = source.catalog().exercise("random-scheduler").orElseThrow();
    // Some exercises share a file: each is copied once.
    for (Exercise exercise : source.catalog().exercises()) {
      for (String file : exercise.files()) {
        for (Path copy : List.of(kit.stub(file), kit.exercises().resolve(file))) {
          Files.createDirectories(copy.getParent());
          Files.copy(source.stub(file), copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  @DisplayName(
      "a check is recorded, and the recorded verdict answers while the files are unchanged")
  void recordedVerdictAnswers() throws Exception {
    edit(randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);

    ExerciseGrade grade = checker.check(randomScheduler);

    assertThat(grade.passedCount()).as("the passing tests of the scripted grade").isEqualTo(2);
    assertThat(Progress.load(kit).verdict(kit, randomScheduler).map(Verdict::counts))
        .as("the verdict recorded in the progress file")
        .contains("2 of 5 pass");
    assertThat(checker.verdict(randomScheduler).counts())
        .as("the verdict asked for later, files unchanged")
        .isEqualTo("2 of 5 pass");
    assertThat(tests.gradings)
        .as("the gradings: the check only, the later verdict came from the progress file")
        .containsExactly(List.of("random-scheduler"));
  }

  @Test
  @DisplayName("an edit makes the next verdict a new check, and a pass is recorded as one")
  void editChecksAgain() throws Exception {
    edit(randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);
    checker.check(randomScheduler);
    edit(randomScheduler, "a student's second attempt");
    tests.passing = 5;

    Verdict verdict = checker.verdict(randomScheduler);

    assertThat(verdict.state()).as("the verdict after the edit").isEqualTo(Verdict.PASSING);
    assertThat(tests.gradings).as("the gradings: one before and one after the edit").hasSize(2);
    assertThat(Progress.load(kit).passes(kit, randomScheduler))
        .as("the pass recorded for the edited files")
        .isTrue();
  }

  @Test
  @DisplayName("an untouched stub is not started, and is never checked")
  void stubIsNotChecked() throws Exception {
    Verdict verdict = new ExerciseChecker(kit, tests).verdict(stringSet);

    assertThat(verdict.counts())
        .as("the verdict on a stub")
        .isEqualTo("not started: its file is still the stub");
    assertThat(tests.gradings).as("the gradings for a stub").isEmpty();
  }

  @Test
  @DisplayName("the exercises that changed are checked in one grading, announced first, in order")
  void changedCheckedTogether() throws Exception {
    edit(stringSet, "a student's set");
    edit(randomScheduler, "a student's scheduler");
    List<Exercise> exercises = kit.catalog().exercises();
    List<List<String>> announced = new ArrayList<>();

    Map<String, Verdict> verdicts =
        new ExerciseChecker(kit, tests).verdicts(exercises, changed -> announced.add(ids(changed)));

    assertThat(verdicts.keySet())
        .as("a verdict on every exercise, in course order")
        .containsExactlyElementsOf(ids(exercises));
    assertThat(announced)
        .as("the exercises announced before the check")
        .containsExactly(List.of("string-set", "random-scheduler"));
    assertThat(tests.gradings)
        .as("one grading for both")
        .containsExactly(List.of("string-set", "random-scheduler"));
    assertThat(verdicts.get("random-scheduler").counts())
        .as("the verdict on a changed exercise")
        .isEqualTo("2 of 5 pass");
  }

  @Test
  @DisplayName("a check keeps the hints revealed since the checker read the progress file")
  void checkKeepsHints() throws Exception {
    edit(randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);
    checker.check(randomScheduler);
    Progress.load(kit).withHintsShown("random-scheduler", 2).save(kit);

    checker.check(randomScheduler);

    assertThat(Progress.load(kit).hintsShown("random-scheduler"))
        .as("the hints shown after a later check")
        .isEqualTo(2);
  }

  private void edit(Exercise exercise, String content) throws IOException {
    Files.writeString(kit.exercises().resolve(exercise.files().get(0)), content);
  }

  private static List<String> ids(List<Exercise> exercises) {
    return exercises.stream().map(Exercise::id).toList();
  }

  private static ExerciseGrade grade(Exercise exercise, int passing, int tests) {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < tests; i++) {
      Check.Status status = i < passing ? Check.Status.PASSED : Check.Status.FAILED;
      checks.add(new Check(exercise.id(), "test " + i, false, status, 0, 1, "", 0.01, ""));
    }
    return new ExerciseGrade(exercise, checks, List.of(), true);
  }
}
