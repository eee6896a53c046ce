package io.kubelab.grader.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTimingsTest {
  private static final String LINE =
      "timings: check %s s = set-up 0.050 s + compile %s s + test JVM 0.130 s (of which the"
          + " tests themselves 0.030 s; the rest is its start, class loading and test discovery)";

  @Test
  void printsTheMedianOfEachPhaseAndTheRestOfTheSaveToVerdictMedian() {
    WatchTimings timings = new WatchTimings();
    timings.add(List.of("checking random-scheduler...", LINE.formatted("0.400", "0.220")));
    timings.add(List.of(LINE.formatted("0.500", "0.320"), "✓ random-scheduler passes"));
    timings.add(List.of(LINE.formatted("9.000", "8.820")));
    StringWriter text = new StringWriter();
    timings.print(new PrintWriter(text, true), 0.55);

    assertThat(text.toString())
        .as("the medians of three checks: the middle check's figures, the JVM's share derived")
        .contains("median of 3 checks")
        .containsPattern("check +0\\.500 s")
        .containsPattern("compile +0\\.320 s")
        .containsPattern("JVM start, class loading, test discovery +0\\.100 s")
        .containsPattern("noticing the save and drawing \\(the rest\\) +0\\.050 s");
  }

  @Test
  void saysSoWhenWatchPrintedNoTimings() {
    WatchTimings timings = new WatchTimings();
    timings.add(List.of("✓ random-scheduler passes (0.40 s)"));
    StringWriter text = new StringWriter();
    timings.print(new PrintWriter(text, true), 0.4);

    assertThat(text.toString())
        .as("no timings line among watch's lines, so no phases to print")
        .isEqualTo("(watch printed no timings)" + System.lineSeparator());
  }

  @Test
  void readsWhichVerdictALineGivesWhichExercise() {
    assertThat(
            WatchProcess.verdictOf(
                "✗ random-scheduler fails: 2 of 5 (0.41 s).", "random-scheduler"))
        .as("a failing verdict line of the exercise")
        .contains("fails");
    assertThat(
            WatchProcess.verdictOf(
                "✓ round-robin passes all its visible tests", "random-scheduler"))
        .as("a verdict of another exercise is not this one's")
        .isEmpty();
    assertThat(WatchProcess.verdictOf("checking random-scheduler...", "random-scheduler"))
        .as("a line that is no verdict")
        .isEmpty();
  }
}
