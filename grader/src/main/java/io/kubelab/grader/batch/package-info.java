/**
 * Grading a whole class: {@code kubelab grade-all}. Each submission is graded in its own test JVM
 * by {@link io.kubelab.grader.grade.Grader}; this package finds the submissions, runs them on
 * parallel workers, writes each student's reports atomically, skips what is already graded, and
 * writes the gradebook and summary.
 */
package io.kubelab.grader.batch;
