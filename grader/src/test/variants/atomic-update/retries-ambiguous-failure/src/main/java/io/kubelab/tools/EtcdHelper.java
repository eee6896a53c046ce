package io.kubelab.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * EtcdHelper stores objects in etcd as JSON and updates them without losing a concurrent write.
 *
 * <pre>{@code
 * EtcdHelper helper = new EtcdHelper(new MemoryEtcd());
 * Versioned<List<ContainerManifest>> read = helper.extractObj(key, MANIFESTS, true);
 * helper.compareAndSwapObj(key, updated, read.index()); // fails with 101 if someone wrote since
 * }</pre>
 */
public final class EtcdHelper {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EtcdClient client;

  public EtcdHelper(EtcdClient client) {
    this.client = client;
  }

  /** Returns the client this helper writes through. */
  public EtcdClient client() {
    return client;
  }

  /**
   * Reads {@code key} and decodes it as {@code type}, with the index it was last modified at. A
   * missing key is an error, unless {@code ignoreNotFound}: then the value is {@code null} and the
   * index 0.
   */
  public <T> Versioned<T> extractObj(String key, TypeReference<T> type, boolean ignoreNotFound)
      throws EtcdException {
    EtcdNode node;
    try {
      node = client.get(key);
    } catch (EtcdException e) {
      if (ignoreNotFound && EtcdErrors.isEtcdNotFound(e)) {
        return new Versioned<>(null, 0);
      }
      throw e;
    }
    return new Versioned<>(decode(key, node.value(), type), node.modifiedIndex());
  }

  /** Encodes {@code obj} as JSON and writes it to {@code key}, whatever is there. */
  public void setObj(String key, Object obj) throws EtcdException {
    client.set(key, encode(obj));
  }

  /** Encodes {@code obj} as JSON and writes it to {@code key} only if the key does not exist. */
  public void createObj(String key, Object obj) throws EtcdException {
    client.create(key, encode(obj));
  }

  /**
   * Encodes {@code obj} as JSON and writes it to {@code key} only if the key was last modified at
   * {@code index}; fails with 101 if someone wrote it since.
   */
  public void compareAndSwapObj(String key, Object obj, long index) throws EtcdException {
    // BEGIN EXERCISE compare-and-swap
    client.compareAndSwap(key, encode(obj), index);
    // END EXERCISE
  }

  /**
   * Reads {@code key}, applies {@code tryUpdate} and writes the result back with compare-and-swap
   * (create-only when the key is absent), retrying on a fresh read whenever another writer got
   * there first. PR #269 generalized PR #265's loops into this method.
   */
  public <T> void atomicUpdate(String key, TypeReference<T> type, TryUpdate<T> tryUpdate)
      throws EtcdException {
    // BEGIN EXERCISE atomic-update
    while (true) {
      Versioned<T> current = extractObj(key, type, true);
      T updated = tryUpdate.apply(current.value());
      try {
        if (current.index() == 0) {
          createObj(key, updated);
        } else {
          compareAndSwapObj(key, updated, current.index());
        }
        return;
      } catch (EtcdException e) {
        // Another writer got there first: read what it wrote and apply tryUpdate to that.
        if (!EtcdErrors.isEtcdConflict(e)
            && !EtcdErrors.isEtcdNodeExist(e)
            && !EtcdErrors.isEtcdUnreachable(e)) {
          throw e;
        }
      }
    }
    // END EXERCISE
  }

  /** TryUpdate computes a key's new value from its current one ({@code null} if absent). */
  @FunctionalInterface
  public interface TryUpdate<T> {
    T apply(T current) throws EtcdException;
  }

  /** Encodes {@code obj} as the JSON etcd stores. */
  public static String encode(Object obj) {
    try {
      return JSON.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + obj + " as JSON", e);
    }
  }

  private static <T> T decode(String key, String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("etcd key " + key + " holds JSON that is not a " + type, e);
    }
  }
}
