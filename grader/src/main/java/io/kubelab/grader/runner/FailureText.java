package io.kubelab.grader.runner;

/**
 * FailureText describes a test's failure for a student: the message, its causes, then where in kit
 * code it happened, leaving out the frames of the test framework that no student needs.
 */
final class FailureText {
  private static final int KIT_FRAMES = 4;

  private FailureText() {}

  static String of(Throwable failure) {
    StringBuilder text = new StringBuilder();
    if (!(failure instanceof AssertionError) || failure.getMessage() == null) {
      text.append(failure.getClass().getName()).append(": ");
    }
    text.append(failure.getMessage() == null ? "" : failure.getMessage().strip());
    for (Throwable cause = failure.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append("\n  caused by ").append(cause);
    }
    int shown = 0;
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("io.kubelab.") && shown < KIT_FRAMES) {
        text.append("\n    at ").append(frame);
        shown++;
      }
    }
    return text.toString();
  }
}
