package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.kit.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student works in the kit's own {@code exercises/}: grading it must still see their changes
 * against the stubs, and fall back on the stub when their file does not compile.
 */
@DisplayName("Grading the exercises/ of the student's own kit")
class OwnKitTest {
  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";

  @TempDir Path dir;
  private Kit kit;

  @BeforeEach
  void copyTheKit() throws Exception {
    Kit original = TestKit.kit();
    Files.copy(original.root().resolve("catalog.toml"), dir.resolve("catalog.toml"));
    TestKit.copyTree(original.exercises(), dir.resolve("exercises"));
    TestKit.copyTree(original.stubs(), dir.resolve("grader/stubs"));
    kit = Kit.open(dir);
  }

  @Test
  @DisplayName("grades an exercise solved in place as solved, not as 'not started'")
  void seesWorkDoneInPlace() throws Exception {
    Files.copy(
        TestKit.kit().solutions().resolve(STRING_SET),
        kit.exercises().resolve(STRING_SET),
        StandardCopyOption.REPLACE_EXISTING);

    ExerciseGrade grade = grade();

    assertThat(grade.started()).as("the student's own kit counts as started").isTrue();
    assertThat(grade.passed()).as(grade.checks().toString()).isTrue();
  }

  @Test
  @DisplayName("grades a file that does not compile on the stub, with the compiler's words")
  void fallsBackOnTheStub() throws Exception {
    Path file = kit.exercises().resolve(STRING_SET);
    Files.writeString(file, Files.readString(file) + "\nnot java\n");

    ExerciseGrade grade = grade();

    assertThat(grade.passed()).as("a StringSet that does not compile does not pass").isFalse();
    assertThat(String.join("\n", grade.problems()))
        .as("the problem quotes the compile error with file and line")
        .contains("was not graded because it does not compile", "StringSet.java, line");
  }

  private ExerciseGrade grade() throws Exception {
    return new Grader(kit)
        .grade(kit.exercises(), GradeOptions.visibleOnly()).exercises().stream()
            .filter(exercise -> exercise.exercise().id().equals("string-set"))
            .findFirst()
            .orElseThrow();
  }
}
