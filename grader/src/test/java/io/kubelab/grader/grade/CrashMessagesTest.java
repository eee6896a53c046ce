package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.jvm.TestJvm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Crash messages from scripted JVM exits: no test JVM. */
@DisplayName("Crash messages")
class CrashMessagesTest {
  private static final Limits LIMITS = Limits.defaults();

  @Test
  @DisplayName("names the output cap first, then the time limit, the heap, and the exit status")
  void reasonsInOrder() {
    assertThat(CrashMessages.reason(exit(1, true, true, ""), LIMITS))
        .as("a JVM over the output cap that also timed out")
        .startsWith("the tests printed more than");
    assertThat(CrashMessages.reason(exit(1, true, false, "OutOfMemoryError"), LIMITS))
        .as("a JVM that timed out")
        .startsWith("the tests did not finish within");
    assertThat(CrashMessages.reason(exit(1, false, false, "java.lang.OutOfMemoryError"), LIMITS))
        .as("a JVM whose heap ran out")
        .startsWith("this test used more than the " + LIMITS.heapMegabytes() + " MB");
    assertThat(CrashMessages.reason(exit(3, false, false, "  bye\n"), LIMITS))
        .as("a JVM that exited")
        .startsWith("the test JVM stopped with exit status 3 while this test ran")
        .endsWith("\nLast output:\nbye");
  }

  @Test
  @DisplayName("tells of forged lines only when there were some")
  void forgedLines() {
    assertThat(CrashMessages.forged(0)).as("the notice for no forged line").isEmpty();
    assertThat(CrashMessages.forged(2))
        .as("the notice for two forged lines")
        .hasValueSatisfying(
            notice -> assertThat(notice).as("its text").contains("held 2 line(s) that"));
  }

  private static TestJvm.Exit exit(int status, boolean timedOut, boolean capped, String tail) {
    return new TestJvm.Exit(List.of(), status, timedOut, capped, 0, tail, Duration.ZERO);
  }
}
