package io.kubelab.tools;

import java.util.Map;
import java.util.TreeMap;

/**
 * MemoryEtcd is an etcd held in memory: one global index, the v2 error codes, thread safe. It is
 * the kit's default, so every lesson runs with nothing installed.
 *
 * <p>A {@link Hook} sees every call before and after it touches the store. Tests use it to script
 * interleavings (hold a reader until another has read too) and faults (fail before a write, or
 * after it, so the write happened but the caller sees an error).
 */
public final class MemoryEtcd implements EtcdClient {
  private final Map<String, EtcdNode> nodes = new TreeMap<>();
  private final Hook hook;
  private long index;

  /** An etcd with no hook. */
  public MemoryEtcd() {
    this(new Hook() {});
  }

  public MemoryEtcd(Hook hook) {
    this.hook = hook;
  }

  /** The operations of {@link EtcdClient}, as a hook sees them. */
  public enum Operation {
    GET,
    SET,
    CREATE,
    COMPARE_AND_SWAP,
    DELETE
  }

  /** Call is one operation on one key, made by the named thread. */
  public record Call(Operation operation, String key, String thread) {}

  /**
   * Hook is told about every call. {@code before} runs before the store is touched (so the call can
   * be held, or failed with nothing written); {@code after} runs after a call succeeded (so failing
   * it leaves the write in place: an ambiguous failure); {@code failed} runs after etcd refused a
   * call. None runs under the store's lock.
   */
  public interface Hook {
    default void before(Call call) throws EtcdException {}

    default void after(Call call, EtcdNode result) throws EtcdException {}

    default void failed(Call call, EtcdException error) {}
  }

  @Override
  public EtcdNode get(String key) throws EtcdException {
    return call(Operation.GET, key, () -> existing(key));
  }

  @Override
  public EtcdNode set(String key, String value) throws EtcdException {
    return call(Operation.SET, key, () -> write(key, value));
  }

  @Override
  public EtcdNode create(String key, String value) throws EtcdException {
    return call(
        Operation.CREATE,
        key,
        () -> {
          if (nodes.containsKey(key)) {
            throw new EtcdException(EtcdErrors.NODE_EXIST, "Key already exists: " + key, index);
          }
          return write(key, value);
        });
  }

  @Override
  public EtcdNode compareAndSwap(String key, String value, long prevIndex) throws EtcdException {
    if (prevIndex == 0) {
      throw new IllegalArgumentException(
          "compareAndSwap of "
              + key
              + " with index 0 compares against no write at all;"
              + " a key that does not exist yet is written with create");
    }
    return call(
        Operation.COMPARE_AND_SWAP,
        key,
        () -> {
          EtcdNode current = existing(key);
          if (current.modifiedIndex() != prevIndex) {
            throw new EtcdException(
                EtcdErrors.TEST_FAILED,
                "Compare failed: "
                    + key
                    + " ["
                    + prevIndex
                    + " != "
                    + current.modifiedIndex()
                    + "]",
                index);
          }
          return write(key, value);
        });
  }

  @Override
  public EtcdNode delete(String key) throws EtcdException {
    return call(
        Operation.DELETE,
        key,
        () -> {
          EtcdNode node = existing(key);
          nodes.remove(key);
          index++;
          return node;
        });
  }

  /** Returns the store's global index: the index of the latest write. */
  public synchronized long index() {
    return index;
  }

  /** Runs {@code change} under the store's lock, telling the hook before and after. */
  private EtcdNode call(Operation operation, String key, Change change) throws EtcdException {
    Call call = new Call(operation, key, Thread.currentThread().getName());
    hook.before(call);
    EtcdNode result;
    try {
      synchronized (this) {
        result = change.apply();
      }
    } catch (EtcdException refused) {
      hook.failed(call, refused);
      throw refused;
    }
    hook.after(call, result);
    return result;
  }

  /** Change is one step on the store, run under its lock. */
  @FunctionalInterface
  private interface Change {
    EtcdNode apply() throws EtcdException;
  }

  private EtcdNode existing(String key) throws EtcdException {
    EtcdNode node = nodes.get(key);
    if (node == null) {
      throw new EtcdException(EtcdErrors.NOT_FOUND, "Key not found: " + key, index);
    }
    return node;
  }

  private EtcdNode write(String key, String value) {
    index++;
    EtcdNode previous = nodes.get(key);
    EtcdNode node =
        new EtcdNode(key, value, previous == null ? index : previous.createdIndex(), index);
    nodes.put(key, node);
    return node;
  }
}
