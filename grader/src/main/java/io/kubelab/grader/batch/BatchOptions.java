package io.kubelab.grader.batch;

import io.kubelab.grader.grade.GradeOptions;

/**
 * BatchOptions say how {@code grade-all} grades a class: how many submissions at once, how to grade
 * each, whether to ignore stored grades, whether to keep a stored grade that is incomplete (some
 * checks could not run on the grading machine), and which shard of the class to grade. Without
 * {@code allowUngraded} an incomplete grade is always graded again, since the machine may have been
 * fixed since.
 */
public record BatchOptions(
    int workers, GradeOptions grading, boolean force, boolean allowUngraded, Shard shard) {
  /** Options for the whole class, strict about checks that could not run. */
  public BatchOptions(int workers, GradeOptions grading, boolean force) {
    this(workers, grading, force, false, Shard.ALL);
  }
}
