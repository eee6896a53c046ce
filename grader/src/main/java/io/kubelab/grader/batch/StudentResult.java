package io.kubelab.grader.batch;

import io.kubelab.grader.grade.Grade;
import java.util.Optional;

/**
 * StudentResult is what {@code grade-all} did with one submission: graded it now, found its grade
 * still standing, or failed itself (a grader failure, never the student's).
 */
public record StudentResult(
    SubmissionEntry entry, Status status, Optional<StudentRecord> record, String error) {

  public enum Status {
    GRADED,
    UNCHANGED,
    GRADER_FAILED
  }

  /**
   * The status the gradebook shows: {@code grader-failed}, else the grade's own when it is not
   * complete ({@code incomplete}, {@code unreadable}), else {@code graded} or {@code unchanged}.
   */
  public String reported() {
    if (status == Status.GRADER_FAILED) {
      return "grader-failed";
    }
    StudentRecord stored = record.orElseThrow();
    if (!stored.complete()) {
      return stored.status();
    }
    return status == Status.GRADED ? "graded" : "unchanged";
  }

  /** Whether the grade is incomplete: some checks could not run on the grading machine. */
  public boolean incomplete() {
    return record.filter(StudentRecord::incomplete).isPresent();
  }

  /** Whether nothing of the submission could be read. */
  public boolean unreadable() {
    return record.filter(r -> r.status().equals(Grade.Status.UNREADABLE.label())).isPresent();
  }

  static StudentResult graded(SubmissionEntry entry, StudentRecord record) {
    return new StudentResult(entry, Status.GRADED, Optional.of(record), "");
  }

  static StudentResult unchanged(SubmissionEntry entry, StudentRecord record) {
    return new StudentResult(entry, Status.UNCHANGED, Optional.of(record), "");
  }

  static StudentResult failed(SubmissionEntry entry, String error) {
    return new StudentResult(entry, Status.GRADER_FAILED, Optional.empty(), error);
  }
}
