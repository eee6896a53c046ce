package io.kubelab.grader.cli;

import io.kubelab.grader.batch.BatchGrader;
import io.kubelab.grader.batch.StudentResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * ProgressBar shows grade-all's progress with an ETA: redrawn in place on a terminal, one line per
 * finished submission otherwise (a CI log, a file), so the log still tells what happened.
 *
 * <p>The ETA counts only submissions graded in this run: unchanged ones take no time and would make
 * it too hopeful.
 */
final class ProgressBar implements BatchGrader.Listener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private int total;
  private int graded;
  private int skipped;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void planned(int submissions) {
    total = submissions;
    if (!terminal) {
      err.printf("grading %d submission%s%n", submissions, submissions == 1 ? "" : "s");
      err.flush();
    }
  }

  @Override
  public synchronized void finished(StudentResult outcome, int done) {
    switch (outcome.status()) {
      case GRADED -> graded++;
      case UNCHANGED -> skipped++;
      case GRADER_FAILED -> graded++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    int left = total - done;
    String eta = graded == 0 ? "--:--" : clock(elapsed / graded * left);
    String what =
        switch (outcome.status()) {
          case GRADED ->
              String.format(
                  Locale.ROOT,
                  "%.1f / %.1f in %.1f s%s",
                  outcome.record().orElseThrow().score(),
                  outcome.record().orElseThrow().maxScore(),
                  outcome.record().orElseThrow().seconds(),
                  outcome.record().orElseThrow().complete()
                      ? ""
                      : " " + outcome.reported().toUpperCase(Locale.ROOT));
          case UNCHANGED -> "unchanged, kept";
          case GRADER_FAILED -> "GRADER FAILURE (see summary)";
        };
    if (terminal) {
      int filled = total == 0 ? WIDTH : WIDTH * done / total;
      err.printf(
          "\r[%s%s] %d/%d  ETA %s  %-40.40s",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          done,
          total,
          eta,
          outcome.entry().name() + ": " + what);
    } else {
      err.printf("%d/%d %s: %s (ETA %s)%n", done, total, outcome.entry().name(), what, eta);
    }
    err.flush();
  }

  /** Ends the bar's line, so what follows starts on a fresh one. */
  synchronized void close() {
    if (terminal) {
      err.println();
    }
    err.printf(
        Locale.ROOT,
        "%d graded, %d unchanged, in %s%n",
        graded,
        skipped,
        clock((System.nanoTime() - start) / 1e9));
    err.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
