/**
 * Ending a child process together with everything it started, for every part of the grader that
 * starts one; it depends on nothing else of the grader.
 */
package io.kubelab.grader.process;
