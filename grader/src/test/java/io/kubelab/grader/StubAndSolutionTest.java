package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every stub and its solution")
class StubAndSolutionTest {

  static Stream<Arguments> studentFiles() {
    return TestKit.kit().catalog().exercises().stream()
        .flatMap(e -> e.files().stream())
        .distinct()
        .map(file -> Arguments.of(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("studentFiles")
  @DisplayName("the stub has a TODO in every exercise region, the solution none")
  void stubHasTodos(String file) throws IOException {
    Kit kit = TestKit.kit();
    ExerciseRegions stub = ExerciseRegions.of(Files.readString(kit.exercises().resolve(file)));
    ExerciseRegions solution = ExerciseRegions.of(Files.readString(kit.solutions().resolve(file)));

    assertThat(stub.inside())
        .as("regions in the stub")
        .isNotEmpty()
        .allMatch(r -> r.contains("TODO"));
    assertThat(solution.inside()).as("regions in the solution").noneMatch(r -> r.contains("TODO"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("studentFiles")
  @DisplayName("the kit's copy of the stub (grader/stubs) is what exercises/ ships")
  void stubCopyMatches(String file) throws IOException {
    Kit kit = TestKit.kit();

    assertThat(kit.stub(file))
        .as("grader/stubs/%s: copy exercises/%s there after changing a stub", file, file)
        .hasSameBinaryContentAs(kit.exercises().resolve(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("studentFiles")
  @DisplayName("the solution differs from the stub only inside the exercise regions")
  void solutionDiffersOnlyInsideRegions(String file) throws IOException {
    Kit kit = TestKit.kit();
    ExerciseRegions stub = ExerciseRegions.of(Files.readString(kit.exercises().resolve(file)));
    ExerciseRegions solution = ExerciseRegions.of(Files.readString(kit.solutions().resolve(file)));

    assertThat(solution.outside())
        .as("the solution differs from its stub only inside the marked regions")
        .isEqualTo(stub.outside());
    assertThat(solution.inside())
        .as("the solution has as many marked regions as its stub")
        .hasSameSizeAs(stub.inside());
  }
}
