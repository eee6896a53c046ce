/**
 * The registry stores pods and minions and asks a scheduler where new pods go; it may depend on
 * {@code io.kubelab.scheduler}, never the other way round.
 */
package io.kubelab.registry;
