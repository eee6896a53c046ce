package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.jvm.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades while the machine is saturated on purpose ({@link BusyMachine}: two spinning threads per
 * core besides whatever else runs), to show that a busy machine costs a correct solution nothing
 * and a spinning one exactly the tests it spins in. Each test prints the load average it saw.
 */
@DisplayName("The grader, on a machine saturated on purpose,")
class SaturatedMachineTest {
  private static final String ROUND_ROBIN =
      "src/main/java/io/kubelab/scheduler/RoundRobinScheduler.java";

  /** The exercises whose checks use threads, timing or a real etcd: what load could disturb. */
  private static final String[] UNDER_LOAD = {
    "random-scheduler", "round-robin-scheduler", "update-manifests", "jetcd-txn"
  };

  private final Grader grader = new Grader(TestKit.kit());

  @TempDir Path dir;

  @Test
  @DisplayName("gives the solved kit full marks")
  void solvedKitKeepsFullMarks() throws Exception {
    Path submission = TestKit.solved(dir);

    Grade grade;
    try (BusyMachine busy = BusyMachine.start()) {
      grade = grader.grade(submission, GradeOptions.only(UNDER_LOAD));
      report("solved kit", busy);
    }

    assertThat(grade.exercises())
        .as("every exercise graded under load keeps full marks:%n%s", failures(grade))
        .hasSize(UNDER_LOAD.length)
        .allMatch(ExerciseGrade::passed);
  }

  @Test
  @DisplayName("fails only the tests that spin, and says which method did not return")
  void busyLoopCostsOnlyItsTests() throws Exception {
    Path submission = TestKit.solved(dir);
    String source = Files.readString(submission.resolve(ROUND_ROBIN));
    String anchor = "    int size = machines.size();";
    assertThat(source).as("the fixture's anchor is in %s", ROUND_ROBIN).contains(anchor);
    Files.writeString(
        submission.resolve(ROUND_ROBIN),
        source.replace(
            anchor,
            "    while (machines.size() == 4) {\n      Thread.onSpinWait();\n    }\n" + anchor));
    // The catalog's own budget for round-robin-scheduler's tests, which the grading must use.
    Duration budget =
        Limits.defaults()
            .cpuBudgetOf(TestKit.kit().catalog().exercise("round-robin-scheduler").orElseThrow());

    Grade grade;
    try (BusyMachine busy = BusyMachine.start()) {
      grade =
          grader.grade(submission, GradeOptions.only("round-robin-scheduler", "scheduler-split"));
      report("busy loop", busy);
    }

    ExerciseGrade roundRobin = exercise(grade, "round-robin-scheduler");
    assertThat(roundRobin.checks())
        .as("the tests that call schedule with four machines fail on their exercise's CPU budget")
        .filteredOn(check -> !check.passed())
        .isNotEmpty()
        .allSatisfy(
            check ->
                assertThat(check.output())
                    .as("a spinning test's failure names the method and the CPU time")
                    .contains("`RoundRobinScheduler.schedule` did not return")
                    .contains("after " + budget.toSeconds() + " seconds of CPU time"));
    assertThat(roundRobin.checks())
        .as("the tests that never reach the loop still pass")
        .anyMatch(Check::passed);
    assertThat(exercise(grade, "scheduler-split").passed())
        .as(
            "scheduler-split keeps full marks while round-robin-scheduler spins:%n%s",
            failures(grade))
        .isTrue();
  }

  private static void report(String what, BusyMachine busy) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%s graded with the machine saturated: load average %.1f, spinners used %.0f CPU-s%n",
        what,
        BusyMachine.loadAverage(),
        busy.cpuSeconds());
  }

  private static String failures(Grade grade) {
    return String.join(
        "\n",
        grade.exercises().stream()
            .flatMap(e -> e.checks().stream())
            .filter(check -> !check.passed())
            .map(check -> check.exercise() + ": " + check.name() + ": " + check.output())
            .toList());
  }

  private static ExerciseGrade exercise(Grade grade, String id) {
    return grade.exercises().stream()
        .filter(e -> e.exercise().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
