package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.RubricGroup;
import io.kubelab.grader.report.GradescopeReport;
import io.kubelab.grader.report.TextReport;
import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEvent.Finished;
import io.kubelab.grader.runner.TestEvent.Planned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scoring from scripted {@link TestEvent}s: no compiler, no test JVM. */
@DisplayName("Scoring by the rubric")
class ScoringTest {
  private static final String VISIBLE = "io.kubelab.demo.DemoTest";
  private static final String HIDDEN = "io.kubelab.demo.DemoHiddenTest";

  /** A 10-point exercise: the idea is worth 6, the details 3, the errors 1. */
  private static final Exercise DEMO =
      new Exercise(
          "demo",
          "lesson",
          "Demo",
          List.of("Demo.java"),
          List.of(VISIBLE),
          List.of(HIDDEN),
          List.of("a hint"),
          10,
          false,
          List.of(
              new RubricGroup("idea", 6, List.of("DemoHiddenTest#idea*")),
              new RubricGroup("details", 3, List.of("DemoTest#detail", "DemoHiddenTest#more")),
              new RubricGroup("errors", 1, List.of("DemoTest#error*"))),
          null);

  private final List<Planned> methods = new ArrayList<>();
  private final Map<String, List<TestEvent.Result>> results = new LinkedHashMap<>();

  @Test
  @DisplayName("shares a group's points equally among its methods, whatever each group's size")
  void groupsKeepTheirWeight() {
    String idea = method(HIDDEN, "idea", "test-template", "(int)");
    String detail = method(VISIBLE, "detail", "method", "()");
    String more = method(HIDDEN, "more", "method", "()");
    String error = method(VISIBLE, "errorOne", "method", "()");
    String other = method(VISIBLE, "errorTwo", "method", "()");
    result(idea, "n = 1", false);
    result(idea, "n = 2", false);
    result(detail, "detail", true);
    result(more, "more", true);
    result(error, "error one", true);
    result(other, "error two", true);

    ExerciseGrade grade = score();

    assertThat(grade.checks())
        .as("checks: an invocation of the idea, the details and the errors")
        .extracting(Check::maxScore)
        .containsExactly(3.0, 3.0, 1.5, 1.5, 0.5, 0.5);
    assertThat(grade.score())
        .as("points of an answer that misses the idea and passes everything else")
        .isCloseTo(4.0, within(1e-9));
    assertThat(grade.groups())
        .as("the score of each group, in the rubric's order")
        .containsExactly(
            new GroupScore("idea", 0, 6),
            new GroupScore("details", 3, 3),
            new GroupScore("errors", 1, 1));
  }

  @Test
  @DisplayName("splits a method's share among its invocations and counts each that passed")
  void invocationsShareTheirMethod() {
    String idea = method(HIDDEN, "idea", "test-template", "(int)");
    method(VISIBLE, "detail", "method", "()");
    method(VISIBLE, "errorOne", "method", "()");
    result(idea, "n = 1", true);
    result(idea, "n = 2", true);
    result(idea, "n = 3", false);
    result(idea, "n = 4", true);

    ExerciseGrade grade = score();

    assertThat(grade.groups().get(0))
        .as("the idea group after three of four invocations passed")
        .isEqualTo(new GroupScore("idea", 4.5, 6));
    assertThat(grade.checks())
        .as("the detail check, which did not run, with its full share lost")
        .filteredOn(check -> check.name().equals("Demo › detail"))
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.maxScore()).as("its share of the details").isEqualTo(3.0);
              assertThat(check.output()).as("why it earned nothing").contains("did not run");
            });
  }

  @Test
  @DisplayName("gives the points of groups that did not run to the others, in proportion")
  void visibleRunKeepsTheExercisePoints() {
    String detail = method(VISIBLE, "detail", "method", "()");
    String error = method(VISIBLE, "errorOne", "method", "()");
    result(detail, "detail", true);
    result(error, "error one", false);

    ExerciseGrade grade = score();

    assertThat(grade.checks())
        .as("the visible checks' shares when the hidden ones were left out")
        .extracting(Check::maxScore)
        .containsExactly(7.5, 2.5);
    assertThat(grade.score()).as("points of the passing detail check").isEqualTo(7.5);
  }

  @Test
  @DisplayName("gives a method in no group no points and says so in its output")
  void unknownMethodIsNamed() {
    String detail = method(VISIBLE, "detail", "method", "()");
    String stray = method(VISIBLE, "stray", "method", "()");
    result(detail, "detail", true);
    result(stray, "stray", true);

    ExerciseGrade grade = score();

    assertThat(grade.checks())
        .as("the check of a method the rubric does not name")
        .filteredOn(check -> check.group().isEmpty())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.maxScore()).as("its points").isZero();
              assertThat(check.output()).as("its output").contains("in no group of the");
            });
    assertThat(grade.score()).as("points of the exercise").isEqualTo(10.0);
  }

  @Test
  @DisplayName("grades an aborted test as not graded and says why a method without result did not")
  void abortedAndMissingResults() {
    String detail = method(VISIBLE, "detail", "method", "()");
    method(VISIBLE, "errorOne", "method", "()");
    results
        .computeIfAbsent(detail, m -> new ArrayList<>())
        .add(
            new Finished(
                detail,
                detail,
                "Demo › detail",
                TestEvent.Status.ABORTED,
                "org.opentest4j.TestAbortedException: no etcd here",
                "",
                0.01,
                0.01));

    ExerciseGrade grade =
        Scoring.score(
            DEMO,
            new TestResults(methods, results, Optional.of("the JVM exited"), List.of()),
            List.of());

    assertThat(grade.checks())
        .as("the aborted check, then the one that never ran")
        .extracting(Check::status, Check::output)
        .containsExactly(
            tuple(Check.Status.NOT_GRADED, Grader.NOT_GRADED + "no etcd here"),
            tuple(Check.Status.FAILED, "did not run: the JVM exited"));
  }

  @Test
  @DisplayName(
      "leaves an exercise not graded when a run that ended normally found none of its tests")
  void noTestFoundIsNotGraded() {
    ExerciseGrade grade =
        Scoring.score(
            DEMO, new TestResults(methods, results, Optional.empty(), List.of()), List.of());

    assertThat(grade.checks())
        .as("the one check of an exercise whose tests the test JVM never found")
        .extracting(Check::status, Check::score)
        .containsExactly(tuple(Check.Status.NOT_GRADED, 0.0));
    assertThat(grade.checks().get(0).output())
        .as("why it is not graded, naming the test classes that were not found")
        .startsWith(Grader.NOT_GRADED)
        .contains(VISIBLE, HIDDEN);
    assertThat(grade.notGradedCount()).as("checks left not graded").isEqualTo(1);
  }

  @Test
  @DisplayName("reads the Java method name from the runner's unique id")
  void methodNames() {
    assertThat(Scoring.methodName("[engine:junit-jupiter]/[class:a.B]/[method:idea()]"))
        .as("a plain test method")
        .isEqualTo("idea");
    assertThat(Scoring.methodName("[engine:junit-jupiter]/[class:a.B]/[test-template:n(int)]"))
        .as("a parameterized test")
        .isEqualTo("n");
    assertThat(
            Scoring.methodName(
                "[engine:junit-jupiter]/[class:a.B]/[test-factory:dynamic(java.lang.String)]"))
        .as("a test factory")
        .isEqualTo("dynamic");
  }

  @Test
  @DisplayName("tags each results.json test with its exercise and group, and prints the groups")
  void reportsShowTheGroups() {
    String detail = method(VISIBLE, "detail", "method", "()");
    String idea = method(HIDDEN, "idea", "method", "()");
    String error = method(VISIBLE, "errorOne", "method", "()");
    result(detail, "detail", true);
    result(idea, "idea", false);
    result(error, "error one", true);
    Grade grade = new Grade("alice", List.of(score()), List.of(), Duration.ofSeconds(1));

    List<String> tags = new ArrayList<>();
    GradescopeReport.toJson(grade)
        .get("tests")
        .forEach(test -> tags.add(test.get("tags").toString()));

    assertThat(tags)
        .as("the tags of each test in results.json")
        .containsExactly("[\"demo: details\"]", "[\"demo: idea\"]", "[\"demo: errors\"]");
    assertThat(TextReport.summary(grade))
        .as("the console summary, a line per group under the exercise")
        .containsPattern("(?m)^demo +4\\.0 / 10\\.0")
        .containsPattern("(?m)^  details +3\\.0 / 3\\.0$")
        .containsPattern("(?m)^  idea +0\\.0 / 6\\.0$")
        .containsPattern("(?m)^  errors +1\\.0 / 1\\.0$");
  }

  private ExerciseGrade score() {
    return Scoring.score(
        DEMO, new TestResults(methods, results, Optional.empty(), List.of()), List.of());
  }

  private String method(String testClass, String name, String kind, String parameters) {
    String id =
        "[engine:junit-jupiter]/[class:" + testClass + "]/[" + kind + ":" + name + parameters + "]";
    methods.add(new Planned(id, testClass, "Demo › " + name));
    return id;
  }

  private void result(String method, String name, boolean passed) {
    results
        .computeIfAbsent(method, m -> new ArrayList<>())
        .add(
            new Finished(
                method + "/[invocation:" + name + "]",
                method,
                "Demo › " + name,
                passed ? TestEvent.Status.PASSED : TestEvent.Status.FAILED,
                passed ? "" : "expected more",
                "",
                0.01,
                0.01));
  }
}
