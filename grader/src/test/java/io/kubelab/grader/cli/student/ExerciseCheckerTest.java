package io.kubelab.grader.cli.student;

import static io.kubelab.grader.cli.KitFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.cli.KitFixture;
import io.kubelab.grader.cli.KitFixture.FakeTests;
import io.kubelab.grader.cli.student.Progress.Verdict;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
  private FakeTests tests;

  @BeforeEach
  void kit() throws IOException {
    kit = KitFixture.stubbed(root);
    stringSet = kit.catalog().exercise("string-set").orElseThrow();
    randomScheduler = kit.catalog().exercise("random-scheduler").orElseThrow();
    tests = new FakeTests(kit);
  }

  @Test
  @DisplayName(
      "a check is recorded, and the recorded verdict answers while the files are unchanged")
  void recordedVerdictAnswers() throws Exception {
    edit(kit, randomScheduler, "a student's attempt");
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
    edit(kit, randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);
    checker.check(randomScheduler);
    edit(kit, randomScheduler, "a student's second attempt");
    tests.passes(randomScheduler);

    Verdict verdict = checker.verdict(randomScheduler);

    assertThat(verdict.state()).as("the verdict after the edit").isEqualTo(Verdict.PASSING);
    assertThat(tests.gradings).as("the gradings: one before and one after the edit").hasSize(2);
    assertThat(Progress.load(kit).passes(kit, randomScheduler))
        .as("the pass recorded for the edited files")
        .isTrue();
  }

  @Test
  @DisplayName("a save during a check is not taken as checked: the next verdict checks it")
  void saveDuringACheckIsCheckedAgain() throws Exception {
    edit(kit, randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);
    tests.whileGrading =
        ids -> {
          try {
            edit(kit, randomScheduler, "saved while the check ran");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };

    checker.check(randomScheduler);
    tests.whileGrading = ids -> {};
    tests.passes(randomScheduler);
    Verdict verdict = checker.verdict(randomScheduler);

    assertThat(verdict.state())
        .as("the verdict on the files saved during the first check, which it did not judge")
        .isEqualTo(Verdict.PASSING);
    assertThat(tests.gradings)
        .as("the gradings: the first check, and one of the files saved during it")
        .hasSize(2);
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
    edit(kit, stringSet, "a student's set");
    edit(kit, randomScheduler, "a student's scheduler");
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
    edit(kit, randomScheduler, "a student's attempt");
    ExerciseChecker checker = new ExerciseChecker(kit, tests);
    checker.check(randomScheduler);
    Progress.load(kit).withHintsShown("random-scheduler", 2).save(kit);

    checker.check(randomScheduler);

    assertThat(Progress.load(kit).hintsShown("random-scheduler"))
        .as("the hints shown after a later check")
        .isEqualTo(2);
  }

  private static List<String> ids(List<Exercise> exercises) {
    return exercises.stream().map(Exercise::id).toList();
  }
}
