/** The {@code kubelab} command line: the student's progress and hints, and the grader. */
package io.kubelab.grader.cli;
