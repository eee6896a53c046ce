package io.kubelab.tools;

/**
 * EtcdNode is one key as etcd returns it: its value and the global indexes at which it was created
 * and last modified.
 *
 * <p>{@code modifiedIndex} is what compare-and-swap compares: etcd keeps one index for the whole
 * store, so a key's {@code modifiedIndex} changes whenever anyone writes that key.
 */
public record EtcdNode(String key, String value, long createdIndex, long modifiedIndex) {}
