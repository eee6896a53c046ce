/**
 * Files and folder trees the grader writes, copies, deletes and digests, so that a crash or a kill
 * never leaves half of one; it depends on nothing else of the grader.
 */
package io.kubelab.grader.files;
