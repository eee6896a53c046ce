/**
 * Grading one submission: it lays the student-editable files over a pristine kit, compiles them,
 * runs the visible and hidden tests in a separate JVM and scores them by the catalog, into a grade
 * that knows nothing of how it will be reported.
 */
package io.kubelab.grader.grade;
