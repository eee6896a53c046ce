package io.kubelab.grader.grade;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.RubricGroup;
import io.kubelab.grader.runner.TestEvent;
import io.kubelab.grader.runner.TestEvent.Planned;
import io.kubelab.grader.runner.TestEvent.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring turns the test runner's events into an exercise's checks and points, weighing each test
 * method by the exercise's rubric, so that points follow what the exercise teaches rather than how
 * many test methods each part of it happens to have.
 *
 * <p>Each rubric group that has test methods in the run keeps its share of the exercise's points;
 * its methods share that equally, and the invocations of a parameterized method share the method's
 * part. When a group has no method in the run (the hidden tests were left out), the groups that do
 * share the exercise's points in proportion to their own.
 */
final class Scoring {
  /** The exception name the runner puts before the reason a test gave for not running. */
  private static final String ABORTED = "^org\\.opentest4j\\.TestAbortedException: ";

  private Scoring() {}

  /**
   * Scores {@code exercise} from the test {@code results} of a grading (of every exercise), with
   * {@code problems}, the exercise's own, told first.
   */
  static ExerciseGrade score(Exercise exercise, TestResults results, List<String> problems) {
    List<Planned> graded =
        results.planned().stream()
            .filter(method -> exercise.allTests().contains(method.testClass()))
            .toList();
    if (graded.isEmpty()) {
      return results.stopReason().isPresent()
          ? notRun(exercise, problems, results.stopReason().get())
          : noneFound(exercise, problems);
    }
    Map<Planned, String> groups = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    double presentPoints = 0;
    for (Planned method : graded) {
      String group =
          exercise
              .groupOf(method.testClass(), methodName(method.id()))
              .map(RubricGroup::group)
              .orElse("");
      groups.put(method, group);
      if (sizes.merge(group, 1, Integer::sum) == 1) {
        presentPoints += pointsOf(exercise, group);
      }
    }
    double scale = presentPoints > 0 ? exercise.points() / presentPoints : 0;
    String preface = problems.isEmpty() ? "" : String.join("\n", problems) + "\n\n";
    List<Check> checks = new ArrayList<>();
    for (Planned method : graded) {
      String group = groups.get(method);
      double weight = pointsOf(exercise, group) * scale / sizes.get(group);
      String unweighted =
          group.isEmpty()
              ? "This check is in no group of the exercise's rubric in catalog.toml, so it carries"
                  + " no points. Tell the instructor.\n"
              : "";
      boolean hidden = exercise.hiddenTests().contains(method.testClass());
      List<Result> ran = results.of(method.id());
      if (ran.isEmpty()) {
        checks.add(
            new Check(
                exercise.id(),
                method.name(),
                hidden,
                Check.Status.FAILED,
                0,
                weight,
                unweighted
                    + preface
                    + "did not run: "
                    + results.stopReason().orElse("it was skipped"),
                0,
                group));
        continue;
      }
      double share = weight / ran.size();
      for (Result result : ran) {
        Check.Status status = status(result.status());
        String output =
            status == Check.Status.NOT_GRADED
                ? Grader.NOT_GRADED + result.message().replaceFirst(ABORTED, "")
                : result.message();
        if (!result.output().isBlank()) {
          output += "\n--- printed while testing ---\n" + result.output();
        }
        checks.add(
            new Check(
                exercise.id(),
                result.name(),
                hidden,
                status,
                status == Check.Status.PASSED ? share : 0,
                share,
                // A passing test's printout is kept too: the real-etcd checks report what they saw.
                // A check that could not run starts with why, not with the student's problems.
                unweighted
                    + switch (status) {
                      case PASSED -> result.output().strip();
                      case NOT_GRADED -> output.strip();
                      case FAILED -> preface + output.strip();
                    },
                result.seconds(),
                group));
      }
    }
    return new ExerciseGrade(exercise, checks, problems, true);
  }

  /** The grade of an exercise whose tests did not run: one failed check worth all its points. */
  static ExerciseGrade notRun(Exercise exercise, List<String> problems, String reason) {
    return oneCheck(exercise, problems, Check.Status.FAILED, reason);
  }

  /**
   * The grade of an exercise whose tests the test JVM did not find although its run ended normally:
   * the kit always has them, so the grading machine lost them (a test class folder it could not
   * read), and the exercise is not graded rather than scored 0 for the machine's fault.
   */
  private static ExerciseGrade noneFound(Exercise exercise, List<String> problems) {
    return oneCheck(
        exercise,
        problems,
        Check.Status.NOT_GRADED,
        Grader.NOT_GRADED
            + "the test run ended without finding any test of "
            + String.join(", ", exercise.allTests())
            + "; grade this submission again");
  }

  /**
   * An exercise graded as one check that did not pass, worth all its points, with {@code status}:
   * its output is the exercise's {@code problems}, then {@code reason}.
   */
  private static ExerciseGrade oneCheck(
      Exercise exercise, List<String> problems, Check.Status status, String reason) {
    String output = (problems.isEmpty() ? "" : String.join("\n", problems) + "\n\n") + reason;
    return new ExerciseGrade(
        exercise,
        List.of(
            new Check(
                exercise.id(),
                exercise.title(),
                false,
                status,
                0,
                exercise.points(),
                output,
                0,
                "")),
        problems,
        true);
  }

  /** The grade of an exercise graded on its untouched stub: nothing, and why. */
  static ExerciseGrade stub(Exercise exercise, List<String> problems) {
    String reason =
        problems.isEmpty()
            ? "Not started: "
                + String.join(", ", exercise.files())
                + " is still the stub, which earns no points, so its tests were not run. Start"
                + " with the lesson and `./kubelab hint "
                + exercise.id()
                + "`."
            : "Graded on the untouched stub, which earns no points, so its tests were not run.";
    ExerciseGrade notRun = notRun(exercise, problems, reason);
    return new ExerciseGrade(exercise, notRun.checks(), problems, false);
  }

  /**
   * Returns the Java name of the test method a JUnit unique id ends in, e.g. {@code
   * countsAreUniform} for {@code
   * [engine:junit-jupiter]/[class:a.B]/[test-template:countsAreUniform(int)]}.
   */
  static String methodName(String uniqueId) {
    int open = uniqueId.lastIndexOf("/[");
    String segment = uniqueId.substring(open < 0 ? 0 : open + 2);
    int colon = segment.indexOf(':');
    String value = segment.substring(colon + 1);
    int end = value.indexOf('(');
    return end < 0 ? value.replaceFirst("]$", "") : value.substring(0, end);
  }

  /**
   * Returns the status of a test the runner reported. A skipped (aborted) test is one that could
   * not run on this machine, such as a real-etcd test where no etcd could be started: not graded,
   * never failed. Student code that aborts a test on purpose gains nothing by it: a check not
   * graded earns no points and makes the whole grade incomplete, which every report shows.
   */
  private static Check.Status status(TestEvent.Status reported) {
    return switch (reported) {
      case PASSED -> Check.Status.PASSED;
      case ABORTED -> Check.Status.NOT_GRADED;
      case FAILED -> Check.Status.FAILED;
    };
  }

  private static double pointsOf(Exercise exercise, String group) {
    return exercise.rubric().stream()
        .filter(g -> g.group().equals(group))
        .mapToDouble(RubricGroup::points)
        .findFirst()
        .orElse(0);
  }
}
