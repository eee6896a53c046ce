package io.kubelab.tools;

/**
 * Versioned is an object read from etcd together with the index it was last modified at: the index
 * a later compare-and-swap must name. Go's {@code ExtractObj} returned the pair.
 *
 * <p>{@code index} is 0 and {@code value} is {@code null} when the key did not exist.
 */
public record Versioned<T>(T value, long index) {}
