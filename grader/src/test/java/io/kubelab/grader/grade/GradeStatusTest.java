package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.report.FeedbackReport;
import io.kubelab.grader.report.GradescopeReport;
import io.kubelab.grader.report.JUnitXmlReport;
import io.kubelab.grader.report.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check the grading machine could not run is neither passed nor failed, in every report. */
@DisplayName("A grade with a check the grading machine could not run")
class GradeStatusTest {
  private static final String NO_ETCD =
      Grader.NOT_GRADED + "this test needs a real etcd: KUBELAB_ETCD_ENDPOINTS is not set";

  private final Exercise jetcd = TestKit.kit().catalog().exercise("jetcd-txn").orElseThrow();

  /** jetcd-txn with one check passed, one failed and one the machine could not run. */
  private Grade incomplete() {
    double share = jetcd.points() / 3;
    List<Check> checks =
        List.of(
            new Check(
                jetcd.id(), "creates once", false, Check.Status.PASSED, share, share, "", 1, ""),
            new Check(
                jetcd.id(), "stale", false, Check.Status.FAILED, 0, share, "expected 101", 1, ""),
            new Check(
                jetcd.id(),
                "three members",
                true,
                Check.Status.NOT_GRADED,
                0,
                share,
                NO_ETCD,
                0,
                ""));
    return new Grade(
        "alice",
        List.of(new ExerciseGrade(jetcd, checks, List.of(), true)),
        List.of(),
        Duration.ofSeconds(2));
  }

  @Test
  @DisplayName("is incomplete, earns only what passed, and says so on the console's first line")
  void consoleSaysIncompleteFirst() {
    Grade grade = incomplete();

    String text = TextReport.full(grade);

    assertThat(grade.status())
        .as("status of a grade with a check not graded")
        .isEqualTo(Grade.Status.INCOMPLETE);
    assertThat(grade.score())
        .as("only the passed check's share counts")
        .isEqualTo(jetcd.points() / 3);
    assertThat(text.lines().findFirst().orElseThrow())
        .as("the first line of the console report")
        .startsWith("INCOMPLETE GRADE: 1 check of jetcd-txn could not run")
        .contains("this test needs a real etcd");
    assertThat(text)
        .as("the exercise line counts the check not graded apart from the failed one")
        .contains("1 of 3 checks passed, 1 not graded")
        .contains("three members (hidden check) (not graded)");
  }

  @Test
  @DisplayName("never calls a score of the visible tests a grade, even an incomplete one")
  void visibleOnlyIsNoGrade() {
    String text = TextReport.full(incomplete(), true);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0))
        .as("the first line of a visible-tests score")
        .startsWith("INCOMPLETE: 1 check of jetcd-txn could not run on this machine");
    assertThat(lines.get(1)).as("the second line").isEqualTo(TextReport.VISIBLE_ONLY);
    assertThat(text)
        .as("a visible-tests score")
        .doesNotContain("GRADE", "graded in")
        .containsPattern("(?m)^visible tests .* INCOMPLETE, checked in ");
  }

  @Test
  @DisplayName("shows in feedback.md as incomplete, the check marked not graded, not failed")
  void feedbackSaysIncomplete() {
    String feedback = FeedbackReport.render("Zoë, Li", incomplete());

    assertThat(feedback)
        .as("feedback.md of an incomplete grade")
        .startsWith("# kubelab feedback for Zoë, Li:")
        .contains("**INCOMPLETE GRADE:")
        .contains("| 1 of 3, 1 not graded |")
        .contains("### – three members (hidden check) (not graded: not your doing)")
        .contains("### ✗ stale");
  }

  @Test
  @DisplayName("is left out of results.json's scores, with its output saying why")
  void gradescopeLeavesItUnscored() {
    ObjectNode results = GradescopeReport.toJson(incomplete());

    List<JsonNode> tests = StreamSupport.stream(results.get("tests").spliterator(), false).toList();
    JsonNode notGraded = tests.get(2);
    assertThat(notGraded.has("score") || notGraded.has("max_score") || notGraded.has("status"))
        .as("the check not graded carries no score, max_score or status: %s", notGraded)
        .isFalse();
    assertThat(notGraded.get("output").asText())
        .as("its output says why it was not graded")
        .startsWith(Grader.NOT_GRADED);
    assertThat(tests.get(1).get("status").asText()).as("the failed check").isEqualTo("failed");
    assertThat(tests.stream().mapToDouble(test -> test.path("score").asDouble()).sum())
        .as("the tests' scores add up to the total")
        .isCloseTo(results.get("score").asDouble(), offset(1e-3));
    assertThat(results.get("output").asText())
        .as("the top-level output starts with the warning")
        .startsWith("INCOMPLETE GRADE");
  }

  @Test
  @DisplayName("is a skipped test case in the Surefire XML, apart from the failure")
  void junitSkipsIt(@TempDir Path dir) throws IOException {
    JUnitXmlReport.write(incomplete(), dir);

    assertThat(Files.readString(dir.resolve("TEST-kubelab.jetcd-txn.xml")))
        .as("the suite counts one skipped and one failure")
        .contains("skipped=\"1\"", "failures=\"1\"")
        .contains("<skipped message=\"" + Grader.NOT_GRADED.strip());
  }

  @Test
  @DisplayName("unlike a submission that could not be read, which is unreadable, not graded")
  void unreadableIsNotGraded() throws IOException {
    try (Grader grader = new Grader(TestKit.kit())) {
      Grade grade =
          grader.unreadable(
              "bob.zip", new IOException("bob.zip is not a zip file"), GradeOptions.full());

      assertThat(grade.status())
          .as("status of an unreadable submission")
          .isEqualTo(Grade.Status.UNREADABLE);
      assertThat(TextReport.full(grade).lines().findFirst().orElseThrow())
          .as("the first line of the console report")
          .startsWith("UNREADABLE SUBMISSION: nothing was graded.")
          .contains("bob.zip is not a zip file");
    }
  }
}
