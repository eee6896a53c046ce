package io.kubelab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.batch.StudentRecord;
import io.kubelab.grader.batch.StudentResult;
import io.kubelab.grader.batch.SubmissionEntry;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * feedback.md and summary.md, read by a real CommonMark renderer, show names as they were written.
 */
@DisplayName("The Markdown reports, rendered by CommonMark,")
class ReportMarkdownTest {
  private static final String TRICKY = "Set<T> keeps _x_, *y* and `z` | [a](b) #1 & \\ ~w~";
  private static final String TRICKY_HTML =
      "Set&lt;T&gt; keeps _x_, *y* and `z` | [a](b) #1 &amp; \\ ~w~";

  @Test
  @DisplayName("feedback.md shows the student's name and a check's name literally")
  void feedbackEscapes() {
    Exercise exercise = TestKit.kit().catalog().exercises().get(0);
    Check failed =
        new Check(exercise.id(), TRICKY, true, Check.Status.FAILED, 0, 1, "expected <b>", 0.1, "");
    Grade grade =
        new Grade(
            "_x_",
            List.of(new ExerciseGrade(exercise, List.of(failed), List.of(TRICKY), true)),
            List.of("file _a_.java <ignored>"),
            Duration.ofSeconds(1));

    String html = html(FeedbackReport.render("_x_ <script>", grade));

    assertThat(html)
        .as("the student's name, underscores and tag kept as text")
        .contains("_x_ &lt;script&gt;")
        .as("the check's name and the exercise's note, every special character kept")
        .contains(TRICKY_HTML)
        .as("the submission's problem kept as text")
        .contains("file _a_.java &lt;ignored&gt;")
        .as("nothing became emphasis, code, a link or raw HTML")
        .doesNotContain("<em>", "<code>z", "<a href", "<script>", "<del>");
  }

  @Test
  @DisplayName("summary.md shows student and file names literally, and counts in good English")
  void summaryEscapesAndCounts() {
    Catalog catalog = TestKit.kit().catalog();
    SubmissionEntry entry = new SubmissionEntry("_x_<b>", "_x_<b>", Path.of("_x_<b>.zip"));
    StudentRecord record =
        new StudentRecord(
            "_x_<b>",
            "_x_<b>",
            "_x_<b>.zip",
            "f".repeat(64),
            "graded",
            0,
            100,
            Map.of(),
            List.of(),
            1.5,
            "2026-01-01T00:00:00Z");
    StudentResult graded =
        new StudentResult(entry, StudentResult.Status.GRADED, Optional.of(record), "");
    StudentResult failed =
        new StudentResult(
            new SubmissionEntry("*bob*", "*bob*", Path.of("*bob*")),
            StudentResult.Status.GRADER_FAILED,
            Optional.empty(),
            "boom");

    String one = new BatchReport(catalog, List.of(graded), List.of("_notes_.txt"), 2).summary();
    String two = new BatchReport(catalog, List.of(graded, failed), List.of(), 2).summary();

    assertThat(html(one))
        .as("the slowest submission's name kept as text")
        .contains("_x_&lt;b&gt;: 1.5 s")
        .as("an ignored file's name kept as text")
        .contains("_notes_.txt")
        .doesNotContain("<em>", "<b>");
    assertThat(html(two))
        .as("a grader failure's student kept as text")
        .contains("*bob*")
        .doesNotContain("<em>", "<strong>");
    assertThat(one)
        .as("one submission and no failure, each in good English")
        .contains(
            "1 submission: 1 graded, 0 unchanged since their last grading, 0 incomplete, 0 unreadable, 0 grader failures;");
    assertThat(two)
        .as("two submissions and one failure")
        .contains(
            "2 submissions: 1 graded, 0 unchanged since their last grading, 0 incomplete, 0 unreadable, 1 grader failure;");
  }

  private static String html(String markdown) {
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
  }
}
