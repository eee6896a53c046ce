package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The progress line of a long test class")
class SuiteProgressTest {

  @Test
  @DisplayName("says the steps done out of all and the minutes and seconds since it started")
  void countsStepsAndTime() {
    AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(1_000));
    try (SuiteProgress progress =
        SuiteProgress.silent("KitSelfCheckTest", "gradings", 117, now::get)) {
      for (int i = 0; i < 40; i++) {
        progress.stepDone();
      }
      now.addAndGet(TimeUnit.SECONDS.toNanos(130));

      assertThat(progress.line())
          .as("the line after 40 of 117 gradings and 130 s")
          .isEqualTo("KitSelfCheckTest: 40/117 gradings done, 2 min 10 s");
    }
  }

  @Test
  @DisplayName("prints often enough that a log is never silent for 30 seconds")
  void printsWellWithinHalfAMinute() {
    assertThat(SuiteProgress.EVERY.toSeconds())
        .as("seconds between two progress lines, with room for a late timer on a busy CPU")
        .isLessThanOrEqualTo(20);
  }
}
