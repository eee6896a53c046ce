package io.kubelab.grader;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise is one thing a student writes: the files they edit (relative to {@code exercises/}), the
 * visible and hidden test classes that grade it, its hints and its points.
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
    boolean bonus) {

  public Exercise {
    files = List.copyOf(files);
    tests = List.copyOf(tests);
    hiddenTests = hiddenTests == null ? List.of() : List.copyOf(hiddenTests);
    hints = List.copyOf(hints);
  }

  /** Returns the visible test classes followed by the hidden ones. */
  public List<String> allTests() {
    List<String> all = new ArrayList<>(tests);
    all.addAll(hiddenTests);
    return all;
  }
}
