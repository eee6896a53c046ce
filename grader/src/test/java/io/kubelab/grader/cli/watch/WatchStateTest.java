package io.kubelab.grader.cli.watch;

import static io.kubelab.grader.cli.KitFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.cli.KitFixture;
import io.kubelab.grader.cli.KitFixture.FakeTests;
import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.cli.student.Progress;
import io.kubelab.grader.cli.watch.WatchState.Panel;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What watch knows after each save and key, driven with scripted grades and no terminal. */
@DisplayName("What watch knows")
class WatchStateTest {
  @TempDir Path root;

  private Kit kit;
  private List<Exercise> exercises;
  private Exercise first;
  private Exercise second;
  private FakeTests tests;
  private WatchState state;

  @BeforeEach
  void kit() throws IOException {
    kit = KitFixture.stubbed(root);
    exercises = kit.catalog().exercises();
    first = exercises.get(0);
    second = exercises.get(1);
    tests = new FakeTests(kit);
    state = new WatchState(kit, new ExerciseChecker(kit, tests));
  }

  @Test
  @DisplayName("it starts at the first exercise that fails, with its verdict and counts")
  void startsAtFirstFailing() throws Exception {
    tests.passes(first);

    state.start();

    assertThat(state.current()).as("the current exercise after the start").contains(second);
    assertThat(state.verdict().map(ExerciseGrade::passedCount))
        .as("the passing tests of its verdict")
        .contains(2L);
    assertThat(tests.gradings)
        .as("the exercises checked on the way, in course order")
        .containsExactly(List.of(first.id()), List.of(second.id()));
  }

  @Test
  @DisplayName("a start skips the exercises recorded as passing with the same files")
  void startSkipsRecordedPasses() throws Exception {
    edit(kit, first, "a student's set");
    tests.passes(first);
    new ExerciseChecker(kit, tests).check(first);
    tests.gradings.clear();

    state.start();

    assertThat(tests.gradings)
        .as("the exercises checked: not the one recorded as passing")
        .containsExactly(List.of(second.id()));
  }

  @Test
  @DisplayName("a pass moves on to the next exercise, unchecked, and offers the solution")
  void passMovesOn() throws Exception {
    state.start();
    tests.passes(first);

    state.check(first);

    assertThat(state.passed()).as("the exercise that just passed").contains(first);
    assertThat(state.current()).as("the current exercise after the pass").contains(second);
    assertThat(state.verdict()).as("the verdict on the next exercise, not yet checked").isEmpty();
    state.solution();
    assertThat(state.panel()).as("the panel s asks for after a pass").isEqualTo(Panel.SOLUTION);
  }

  @Test
  @DisplayName("the solution and the epilogue stay closed until an exercise passes")
  void closedBeforePass() throws Exception {
    state.start();

    state.solution();
    assertThat(state.panel()).as("the panel of s before a pass").isEqualTo(Panel.SOLUTION_CLOSED);
    state.epilogue();
    assertThat(state.panel()).as("the panel of e before a pass").isEqualTo(Panel.EPILOGUE_CLOSED);
  }

  @Test
  @DisplayName("a save re-checks the current exercise, or the first the saved files belong to")
  void saveChoosesExercise() throws Exception {
    state.start();
    Exercise randomScheduler = kit.catalog().exercise("random-scheduler").orElseThrow();

    assertThat(state.savedExercise(Set.of(first.files().get(0))))
        .as("the exercise a save of the current file re-checks")
        .contains(first);
    assertThat(state.savedExercise(Set.of(randomScheduler.files().get(0), "README.md")))
        .as("the exercise a save of another exercise's file re-checks")
        .contains(randomScheduler);
    assertThat(state.savedExercise(Set.of("README.md")))
        .as("the exercise a save of no exercise's file re-checks")
        .isEmpty();
  }

  @Test
  @DisplayName("h unfolds one more hint each time, up to the last, and the progress file keeps it")
  void hintsUnfold() throws Exception {
    state.start();
    int hints = first.hints().size();

    for (int i = 0; i < hints + 1; i++) {
      assertThat(state.unfoldHint()).as("h with a current exercise").isTrue();
    }

    assertThat(state.panel()).as("the panel after h").isEqualTo(Panel.HINTS);
    assertThat(state.hintsShown()).as("the hints unfolded after one h too many").isEqualTo(hints);
    assertThat(Progress.load(kit).hintsShown(first.id()))
        .as("the hints the progress file keeps")
        .isEqualTo(hints);
  }

  @Test
  @DisplayName("a check folds the panel away, and n after the last exercise says so")
  void checkFoldsPanel() throws Exception {
    state.start();
    state.unfoldHint();

    state.check(first);

    assertThat(state.panel()).as("the panel after a check").isEqualTo(Panel.NONE);
    state.check(exercises.get(exercises.size() - 1));
    assertThat(state.next()).as("the exercise after the last").isEmpty();
    assertThat(state.panel()).as("the panel of n at the end").isEqualTo(Panel.LAST_EXERCISE);
  }

  @Test
  @DisplayName("once every exercise passes there is no current exercise and no hint to unfold")
  void everythingPasses() throws Exception {
    exercises.forEach(tests::passes);

    state.start();

    assertThat(state.current()).as("the current exercise when all pass").isEmpty();
    assertThat(state.unfoldHint()).as("h with no current exercise").isFalse();
    assertThat(state.standing(first)).as("the standing of a passing exercise").isEqualTo("passing");
  }

  @Test
  @DisplayName("the list says which exercise is current and which are not started")
  void standings() throws Exception {
    state.start();

    assertThat(state.standing(first)).as("the standing of the current").isEqualTo("current");
    assertThat(state.standing(second))
        .as("the standing of an untouched stub")
        .isEqualTo("not started");
    edit(kit, second, "a student's attempt");
    assertThat(state.standing(second)).as("the standing of an edited exercise").isEmpty();
  }
}
