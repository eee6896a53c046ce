package io.kubelab.grader.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exercise is one thing a student writes: the files they edit (relative to {@code exercises/}), the
 * visible and hidden test classes that grade it, its hints, its points and the rubric that shares
 * those points among what it teaches, and {@code cpuSeconds}, the CPU time one of its tests may
 * spend before the grader stops it as a loop that never ends (see {@link #cpuBudget}).
 */
public record Exercise(
    String id,
    String lesson,
    String title,
    List<String> files,
    List<String> tests,
    List<String> hiddenTests,
    List<String> hints,
    double points,
    boolean bonus,
    List<RubricGroup> rubric,
    Double cpuSeconds) {

  public Exercise {
    files = List.copyOf(files);
    tests = List.copyOf(tests);
    hiddenTests = hiddenTests == null ? List.of() : List.copyOf(hiddenTests);
    hints = List.copyOf(hints);
    rubric = rubric == null ? List.of() : List.copyOf(rubric);
  }

  /**
   * The CPU budget of each of this exercise's tests, when the catalog gives one: sized from the
   * reference solution's own tests ({@code kubelab bench budgets} prints them), so a test that
   * spins costs what this exercise justifies and not what the costliest exercise of the kit needs.
   */
  public Optional<Duration> cpuBudget() {
    return Optional.ofNullable(cpuSeconds)
        .map(seconds -> Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /** Returns the visible test classes followed by the hidden ones. */
  public List<String> allTests() {
    List<String> all = new ArrayList<>(tests);
    all.addAll(hiddenTests);
    return all;
  }

  /**
   * Returns the rubric group of the test method {@code method} of {@code testClass}: the first that
   * covers it (the catalog's own test requires exactly one), or none.
   */
  public Optional<RubricGroup> groupOf(String testClass, String method) {
    return rubric.stream().filter(group -> group.covers(testClass, method)).findFirst();
  }
}
