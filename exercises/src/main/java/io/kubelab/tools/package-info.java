/**
 * Storing API objects in etcd, as Go's {@code pkg/tools} did: the client interface sized to what
 * {@link io.kubelab.tools.EtcdHelper} needs, JSON encoding and compare-and-swap. Depends on nothing
 * else in the kit but {@code io.kubelab.tools.launch}.
 */
package io.kubelab.tools;
