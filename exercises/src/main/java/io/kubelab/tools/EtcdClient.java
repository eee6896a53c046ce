package io.kubelab.tools;

/**
 * EtcdClient is the part of etcd's key-value API that {@link EtcdHelper} needs, in the terms of
 * etcd's v2 API that the 2014 code used (go-etcd's {@code Get}, {@code Set}, {@code Create}, {@code
 * CompareAndSwap}, {@code Delete}).
 *
 * <p>Failures are {@link EtcdException}s carrying etcd's v2 error codes, whatever the
 * implementation: {@link EtcdErrors#NOT_FOUND}, {@link EtcdErrors#TEST_FAILED}, {@link
 * EtcdErrors#NODE_EXIST}, or {@link EtcdErrors#UNREACHABLE} when no answer came back and the
 * outcome is unknown.
 */
public interface EtcdClient {

  /** Returns {@code key}; fails with 100 (not found) if it does not exist. */
  EtcdNode get(String key) throws EtcdException;

  /** Writes {@code value} to {@code key} whatever is there: the write that loses updates. */
  EtcdNode set(String key, String value) throws EtcdException;

  /** Writes {@code key} only if it does not exist yet; fails with 105 (node exists) otherwise. */
  EtcdNode create(String key, String value) throws EtcdException;

  /**
   * Writes {@code value} only if {@code key} was last modified at {@code prevIndex}: fails with 101
   * (test failed) if someone wrote it since, and with 100 if it does not exist.
   *
   * @throws IllegalArgumentException if {@code prevIndex} is 0, which names no write at all; a key
   *     that does not exist yet is written with {@link #create}
   */
  EtcdNode compareAndSwap(String key, String value, long prevIndex) throws EtcdException;

  /** Deletes {@code key}; fails with 100 if it does not exist. */
  EtcdNode delete(String key) throws EtcdException;
}
