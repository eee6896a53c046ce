/**
 * The grader: lays a submission's student-editable files over a pristine kit, compiles them, runs
 * the visible and hidden tests in a separate JVM and scores them by the catalog.
 */
package io.kubelab.grader.grade;
