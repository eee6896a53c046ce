/**
 * Mutation testing of the reference solutions ({@code ./mvnw -Pmutation verify}): the solved kit
 * PIT mutates, and the per-exercise summary of what the visible and hidden checks caught.
 */
package io.kubelab.grader.mutation;
