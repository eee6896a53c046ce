package io.kubelab.grader.bench;

import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.runner.ClassCpuListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BudgetBenchmark shows what each exercise's CPU budget per test rests on: it grades the reference
 * solutions in full a number of times, each grading in fresh test JVMs, and prints for every
 * exercise the CPU-seconds of its costliest test against the budget its catalog entry gives.
 *
 * <p>A test's CPU-seconds here are every thread of its JVM while it ran, the JIT compiler's
 * included, which is more than the runner's watchdog charges it: the margin printed is the least
 * there is. Run it on a loaded machine too; CPU time, unlike wall time, barely changes with load.
 */
public final class BudgetBenchmark {
  private final Kit kit;
  private final PrintWriter out;

  public BudgetBenchmark(Kit kit, PrintWriter out) {
    this.kit = kit;
    this.out = out;
  }

  /** Grades the solutions {@code gradings} times and prints the table. */
  public void run(int gradings) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("kubelab-budgets-");
    try {
      Path submission = solutions(work.resolve("submission"));
      Path profile = Files.createDirectories(work.resolve("cpu"));
      System.setProperty(ClassCpuListener.PROPERTY, profile.toString());
      try {
        for (int i = 1; i <= gradings; i++) {
          Grade grade = new Grader(kit).grade(submission, GradeOptions.full());
          List<Check> failed =
              grade.exercises().stream()
                  .flatMap(exercise -> exercise.checks().stream())
                  .filter(check -> !check.passed())
                  .toList();
          out.printf(
              Locale.ROOT,
              "grading %d of %d: %d checks, %d not passed%s%n",
              i,
              gradings,
              grade.exercises().stream().mapToLong(e -> e.checks().size()).sum(),
              failed.size(),
              failed.isEmpty() ? "" : " (" + failed.get(0).name() + ", …)");
          out.flush();
        }
      } finally {
        System.clearProperty(ClassCpuListener.PROPERTY);
      }
      print(TestCpu.read(profile));
    } finally {
      FileTrees.delete(work);
    }
  }

  private void print(List<TestCpu> tests) {
    Limits limits = Limits.defaults();
    out.printf("%-24s %8s %10s %7s  %s%n", "exercise", "budget", "costliest", "margin", "its test");
    for (Exercise exercise : kit.catalog().exercises()) {
      Optional<TestCpu> costliest =
          tests.stream()
              .filter(test -> exercise.allTests().contains(test.testClass()))
              .max(Comparator.comparingDouble(TestCpu::seconds));
      double budget = limits.cpuBudgetOf(exercise).toMillis() / 1000.0;
      out.printf(
          Locale.ROOT,
          "%-24s %7.1fs %9.3fs %6.1fx  %s%n",
          exercise.id(),
          budget,
          costliest.map(TestCpu::seconds).orElse(0.0),
          costliest.map(test -> budget / Math.max(test.seconds(), 1e-3)).orElse(0.0),
          costliest.map(test -> shortName(test.testClass()) + " › " + test.name()).orElse("-"));
    }
    out.flush();
  }

  /** Writes the reference solution of every exercise into {@code dir}, as a student's upload. */
  private Path solutions(Path dir) throws IOException {
    if (!Files.isDirectory(kit.solutions())) {
      throw new IOException("this benchmark grades the reference solutions, which are not here");
    }
    ClassGenerator.copyStudentFiles(kit, kit.solutions(), dir);
    return dir;
  }

  private static String shortName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }
}
