/**
 * Starts a real etcd for the lessons, tests and demos: an existing cluster, local etcd processes,
 * or a container. Depends on nothing else in the kit.
 */
package io.kubelab.tools.launch;
