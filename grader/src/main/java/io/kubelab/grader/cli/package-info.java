/**
 * The {@code kubelab} command line, one command per verb: the top of the grader, on which nothing
 * else depends.
 */
package io.kubelab.grader.cli;
