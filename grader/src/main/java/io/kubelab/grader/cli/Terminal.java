package io.kubelab.grader.cli;

/**
 * Terminal says what the output may use: colour and redrawing only on a terminal, and colour never
 * when {@code NO_COLOR} is set to anything (https://no-color.org).
 */
final class Terminal {
  private Terminal() {}

  static boolean interactive() {
    return System.console() != null;
  }

  static boolean colour() {
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty());
  }
}
