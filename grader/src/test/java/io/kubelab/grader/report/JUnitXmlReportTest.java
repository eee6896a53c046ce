package io.kubelab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.kit.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JUnit XML reports follow Surefire's report schema, whatever student code printed. */
@DisplayName("The Surefire XML reports")
class JUnitXmlReportTest {

  @Test
  @DisplayName("are valid by Surefire's report schema, with passed, failed and skipped checks")
  void validBySurefireSchema(@TempDir Path dir) throws Exception {
    List<ExerciseGrade> exercises = new ArrayList<>();
    for (Exercise exercise : TestKit.kit().catalog().exercises().subList(0, 2)) {
      exercises.add(
          new ExerciseGrade(
              exercise,
              List.of(
                  check(exercise, "passes", true, false, ""),
                  check(exercise, "fails <b>&\u0007", false, false, "expected 1\u0000 but was 2"),
                  check(exercise, "skipped", false, true, "skipped: needs a real etcd")),
              List.of(),
              true));
    }
    Grade grade = new Grade("student", exercises, List.of(), Duration.ofSeconds(3));

    JUnitXmlReport.write(grade, dir);
    List<Path> files;
    try (Stream<Path> written = Files.list(dir)) {
      files = written.sorted().toList();
    }

    Validator validator =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(JUnitXmlReportTest.class.getResource("/schemas/surefire-test-report.xsd"))
            .newValidator();
    assertThat(files)
        .as("one file per exercise, named after it")
        .containsExactlyInAnyOrderElementsOf(
            exercises.stream()
                .map(e -> dir.resolve("TEST-kubelab." + e.exercise().id() + ".xml"))
                .toList());
    for (Path file : files) {
      // Throws with the line and the rule broken when the file is not valid.
      validator.validate(new StreamSource(file.toFile()));
    }
    assertThat(dir.resolve("TEST-kubelab." + exercises.get(0).exercise().id() + ".xml"))
        .as("the failing check's name and message, less what XML cannot hold")
        .content()
        .contains("fails &lt;b&gt;&amp;\"", "expected 1 but was 2");
  }

  private static Check check(
      Exercise exercise, String name, boolean passed, boolean skipped, String output) {
    Check.Status status =
        skipped ? Check.Status.NOT_GRADED : passed ? Check.Status.PASSED : Check.Status.FAILED;
    return new Check(exercise.id(), name, false, status, passed ? 1 : 0, 1, output, 0.25, "");
  }
}
