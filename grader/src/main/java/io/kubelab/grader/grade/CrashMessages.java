package io.kubelab.grader.grade;

import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.jvm.TestJvm;
import java.util.Optional;

/**
 * CrashMessages says what a student reads when tests did not end by themselves: why the test JVM
 * ended, why a test was charged again, why the rest of an exercise's tests were skipped, and why
 * grading stopped.
 */
final class CrashMessages {
  /** Added to a test stopped on the wall clock a second time. */
  static final String SAME_WHEN_ALONE =
      " It did the same when run a second time, alone, in a fresh test JVM.";

  /** Why a grading with no test classes ran nothing. */
  static final String NO_TESTS = "there are no tests for this exercise in this kit";

  private CrashMessages() {}

  /** Returns why the test JVM that ended as {@code exit} did so, under {@code limits}. */
  static String reason(TestJvm.Exit exit, Limits limits) {
    if (exit.outputExceeded()) {
      return "the tests printed more than "
          + (limits.outputBytes() >> 20)
          + " MB, so the grader stopped them; this test was running (printing in a loop?)";
    }
    if (exit.timedOut()) {
      return "the tests did not finish within "
          + limits.total().toSeconds()
          + " s of CPU time or "
          + limits.totalWall().toMinutes()
          + " min of wall time, so the grader stopped them; this test was running (an endless"
          + " loop or a deadlock?)";
    }
    if (exit.outputTail().contains("OutOfMemoryError")) {
      return "this test used more than the "
          + limits.heapMegabytes()
          + " MB of memory a test may"
          + " use, which ended the test JVM (is something growing without bound?)";
    }
    return "the test JVM stopped with exit status "
        + exit.exitCode()
        + " while this test ran:"
        + " the code under test called System.exit or crashed the JVM. Throw an exception instead."
        + (exit.outputTail().isBlank() ? "" : "\nLast output:\n" + exit.outputTail().strip());
  }

  /** Why a test was not run after its exercise's tests crashed too often; {@code last} said why. */
  static String skipped(int crashes, String last) {
    return "not run: "
        + crashes
        + " tests of this exercise brought the test JVM down, so its other tests were"
        + " skipped to leave time for the other exercises. The last one said: "
        + last;
  }

  /** Why grading stopped after the test JVM came down {@code resumes} + 1 times. */
  static String tooManyCrashes(int resumes) {
    return resumes == 0
        ? "a test before it brought the test JVM down, so the rest were not run"
        : "the tests brought the JVM down " + (resumes + 1) + " times; grading stopped there";
  }

  /** The notice of a results file that held {@code forgedLines} lines the runner did not sign. */
  static Optional<String> forged(int forgedLines) {
    return forgedLines <= 0
        ? Optional.empty()
        : Optional.of(
            "The results file of the test run held "
                + forgedLines
                + " line(s) that the grader's runner did not write; they were ignored. Code under"
                + " test cannot report its own results.");
  }
}
