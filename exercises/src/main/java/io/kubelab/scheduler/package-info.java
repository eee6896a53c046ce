/**
 * Schedulers choose a machine for a pod; they depend on {@code io.kubelab.api} and never on the
 * registry that calls them.
 */
package io.kubelab.scheduler;
