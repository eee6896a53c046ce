/**
 * The forms one grade is written in (Gradescope results, JUnit XML, Markdown feedback, terminal
 * text): reports read grades and never start a JVM.
 */
package io.kubelab.grader.report;
