package io.kubelab.grader.batch;

import java.util.Optional;

/**
 * Outcome is what {@code grade-all} did with one submission: graded it now, found its grade still
 * standing, or failed itself (a grader failure, never the student's).
 */
public record Outcome(
    SubmissionEntry entry, Status status, Optional<StudentRecord> record, String error) {

  public enum Status {
    GRADED,
    UNCHANGED,
    GRADER_FAILED
  }

  static Outcome graded(SubmissionEntry entry, StudentRecord record) {
    return new Outcome(entry, Status.GRADED, Optional.of(record), "");
  }

  static Outcome unchanged(SubmissionEntry entry, StudentRecord record) {
    return new Outcome(entry, Status.UNCHANGED, Optional.of(record), "");
  }

  static Outcome failed(SubmissionEntry entry, String error) {
    return new Outcome(entry, Status.GRADER_FAILED, Optional.empty(), error);
  }
}
