package io.kubelab.grader.batch;

import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.JvmPool;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.report.FeedbackReport;
import io.kubelab.grader.report.GradescopeReport;
import io.kubelab.grader.report.JUnitXmlReport;
import io.kubelab.grader.submission.Submission;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BatchGrader grades every submission in a folder on parallel workers and files each student's
 * reports under {@code out/<student>/}: {@code results.json} (Gradescope), {@code junit/TEST-*.xml}
 * (Surefire's format), {@code feedback.md}, and last {@code grade.json}, whose presence marks the
 * student done.
 *
 * <p>Loss-free and resumable: every file is written atomically, and a submission whose {@link
 * Fingerprint} matches its {@code grade.json} is not graded again. A grader killed at any moment,
 * even by SIGKILL, leaves each student either completely graded or not graded at all; started
 * again, it grades exactly the students that were not complete. {@code grade-all.log} records each
 * grading as it starts and as it completes.
 *
 * <p>A failure of the grader itself (never a student's code: that is graded as failing tests) is
 * caught per submission, reported, and leaves every other student's grade untouched. So is a check
 * the grading machine could not run: the grade is recorded as incomplete, and graded again on the
 * next run unless {@link BatchOptions#allowUngraded()}.
 */
public final class BatchGrader {
  static final String JOURNAL = "grade-all.log";

  /** Hears about progress; called from worker threads. Every method does nothing by default. */
  public interface Listener {
    /** A listener that ignores everything, for callers that print nothing while grading. */
    Listener QUIET = new Listener() {};

    default void planned(int submissions) {}

    default void finished(StudentResult outcome, int done) {}
  }

  private final Kit kit;
  private final Path out;
  private final BatchOptions options;
  private final Listener listener;

  /** The open journal while {@link #run} holds its lock. */
  private FileChannel journal;

  public BatchGrader(Kit kit, Path out, BatchOptions options, Listener listener) {
    this.kit = kit;
    this.out = out.toAbsolutePath();
    this.options = options;
    this.listener = listener;
  }

  /** Grades the submissions in {@code folder}; returns what happened to each. */
  public BatchReport run(Path folder) throws IOException, InterruptedException {
    Files.createDirectories(out);
    // The journal is the lock: it stays anyway, so no lock file is left behind. Its lines go
    // through this same channel, because closing any other handle on the file would drop the lock.
    try (FileChannel journal =
            FileChannel.open(
                out.resolve(JOURNAL),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        FileLock lock = journal.tryLock()) {
      if (lock == null) {
        throw new IOException("another grade-all is writing to " + out + "; wait for it to end");
      }
      this.journal = journal;
      return runLocked(folder);
    } finally {
      this.journal = null;
    }
  }

  private BatchReport runLocked(Path folder) throws IOException, InterruptedException {
    // One test JVM warms up per worker while the worker compiles and tests the one before.
    try (JvmPool jvms = new JvmPool(Math.max(1, options.workers()), JvmPool.Start.WHEN_TAKEN);
        Grader grader = Grader.reusing(kit, jvms)) {
      return runLocked(folder, grader);
    }
  }

  private BatchReport runLocked(Path folder, Grader grader)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    removePartialFiles();
    SubmissionEntry.Listing all = SubmissionEntry.list(folder, out);
    List<SubmissionEntry> mine = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int position = 0; position < all.submissions().size(); position++) {
      if (options.shard().includes(position)) {
        mine.add(all.submissions().get(position));
        positions.add(position);
      }
    }
    SubmissionEntry.Listing listing = new SubmissionEntry.Listing(mine, all.ignored());
    String kitFingerprint = Fingerprint.ofKit(kit, options.grading());
    listener.planned(listing.submissions().size());
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, options.workers()));
    List<Future<StudentResult>> futures = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    for (SubmissionEntry entry : listing.submissions()) {
      futures.add(
          workers.submit(
              () -> {
                StudentResult outcome = gradeOne(grader, entry, kitFingerprint);
                listener.finished(outcome, done.incrementAndGet());
                return outcome;
              }));
    }
    workers.shutdown();
    List<StudentResult> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < futures.size(); i++) {
        try {
          outcomes.add(futures.get(i).get());
        } catch (ExecutionException e) {
          outcomes.add(StudentResult.failed(listing.submissions().get(i), describe(e.getCause())));
        }
      }
    } finally {
      workers.shutdownNow();
    }
    BatchReport report =
        new BatchReport(
            kit.catalog(), outcomes, listing.ignored(), (System.nanoTime() - start) / 1e9);
    AtomicFiles.write(out.resolve("gradebook.csv"), report.gradebook());
    AtomicFiles.write(out.resolve("summary.md"), report.summary());
    List<RunRecord.Entry> entries = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      entries.add(RunRecord.entry(positions.get(i), outcomes.get(i)));
    }
    new RunRecord(options.shard().toString(), report.seconds(), listing.ignored(), entries)
        .write(out);
    return report;
  }

  private StudentResult gradeOne(Grader grader, SubmissionEntry entry, String kitFingerprint) {
    Path dir = out.resolve(entry.student());
    try {
      Submission submission = null;
      IOException unreadable = null;
      try {
        submission = Submission.read(entry.path(), kit);
      } catch (IOException e) {
        unreadable = e;
      }
      String fingerprint =
          submission != null
              ? Fingerprint.of(kitFingerprint, submission)
              : Fingerprint.ofUnreadable(kitFingerprint, unreadable.getMessage());
      Optional<StudentRecord> stored = StudentRecord.read(dir);
      if (!options.force()
          && stored.isPresent()
          && stored.get().fingerprint().equals(fingerprint)
          && (!stored.get().incomplete() || options.allowUngraded())) {
        return StudentResult.unchanged(entry, stored.get());
      }
      journal("start", entry, fingerprint);
      Grade grade =
          submission != null
              ? grader.grade(submission, options.grading())
              : grader.unreadable(entry.path().toString(), unreadable, options.grading());
      GradescopeReport.write(grade, dir.resolve("results.json"));
      JUnitXmlReport.write(grade, dir.resolve("junit"));
      AtomicFiles.write(dir.resolve("feedback.md"), FeedbackReport.render(entry.name(), grade));
      StudentRecord record = StudentRecord.of(entry, fingerprint, grade);
      record.write(dir);
      journal("done", entry, fingerprint);
      return StudentResult.graded(entry, record);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return StudentResult.failed(entry, "interrupted before grading finished");
    } catch (IOException | RuntimeException e) {
      return StudentResult.failed(entry, describe(e));
    }
  }

  /**
   * Removes the temporary files of atomic writes that a killed grader left behind; the lock is
   * held, so no other grader is writing them.
   */
  private void removePartialFiles() throws IOException {
    try (var files = Files.walk(out, 3)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Appends one line to the journal; a single write, so lines of parallel workers never mix. */
  private synchronized void journal(String what, SubmissionEntry entry, String fingerprint)
      throws IOException {
    String line =
        Instant.now()
            + " "
            + what
            + " "
            + entry.student()
            + " "
            + fingerprint.substring(0, 16)
            + "\n";
    journal.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
  }

  private static String describe(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
