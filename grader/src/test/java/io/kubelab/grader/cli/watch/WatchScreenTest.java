package io.kubelab.grader.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.cli.KitFixture;
import io.kubelab.grader.cli.student.ExerciseChecker;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What watch draws for a verdict, written to a plain writer instead of a terminal. */
@DisplayName("What watch draws")
class WatchScreenTest {
  @TempDir Path root;

  private final StringWriter text = new StringWriter();
  private Kit kit;
  private Exercise first;
  private WatchScreen screen;

  @BeforeEach
  void kit() throws IOException {
    kit = KitFixture.stubbed(root);
    first = kit.catalog().exercises().get(0);
    screen = new WatchScreen(kit, new PrintWriter(text), false, false, false);
  }

  /** The state after a start whose first check gave {@code grade}. */
  private WatchState startedWith(ExerciseGrade grade) throws Exception {
    WatchState state = new WatchState(kit, new ExerciseChecker(kit, ids -> List.of(grade)));
    state.start();
    return state;
  }

  @Test
  @DisplayName("a failure shows the counts and the first failing test's first 14 lines")
  void failure() throws Exception {
    String output =
        IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    Check failed =
        new Check(first.id(), "refuses nulls", false, Check.Status.FAILED, 0, 1, output, 0.1, "");
    Check passed = new Check(first.id(), "adds", false, Check.Status.PASSED, 1, 1, "", 0.1, "");

    screen.draw(startedWith(new ExerciseGrade(first, List.of(passed, failed), List.of(), true)));

    assertThat(text.toString())
        .as("the screen of a failing exercise")
        .contains("✗ " + first.id() + " fails: 1 of 2 visible tests pass")
        .contains("First failure: refuses nulls\n  line 1\n")
        .contains("  line 14\n  (6 more lines: ./kubelab run " + first.id() + ")")
        .doesNotContain("line 15")
        .contains("[h] hint 1 of " + first.hints().size());
  }

  @Test
  @DisplayName("a compile error shows the compiler's lines, not the grade's explanation")
  void compileError() throws Exception {
    String problem =
        "it does not compile: the untouched stub was graded instead\n"
            + "    StringSet.java, line 36: ';' expected";

    screen.draw(startedWith(new ExerciseGrade(first, List.of(), List.of(problem), false)));

    assertThat(text.toString())
        .as("the screen of an exercise that does not compile")
        .contains("✗ " + first.id() + " does not compile")
        .contains("\n  StringSet.java, line 36: ';' expected")
        .doesNotContain("the untouched stub was graded instead");
  }

  @Test
  @DisplayName("an unfolded hint is drawn below the verdict, and the keys offer the next")
  void hint() throws Exception {
    WatchState state = startedWith(new ExerciseGrade(first, List.of(), List.of(), false));
    state.unfoldHint();

    screen.draw(state);

    assertThat(text.toString())
        .as("the screen after h")
        .contains("· " + first.id() + " is not started")
        .contains("Hint 1 of " + first.hints().size() + ":")
        .contains("[h] hint 2 of " + first.hints().size());
  }
}
