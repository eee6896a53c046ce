package io.kubelab.tools;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.kv.DeleteResponse;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.PutResponse;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.PutOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JetcdClient speaks etcd's v3 API through jetcd, keeping the v2 semantics {@link EtcdClient}
 * promises: a key's {@code modifiedIndex} is its v3 {@code mod_revision}, compare-and-swap is a
 * transaction that compares it, and create-only is a transaction that requires the key's {@code
 * version} to be 0.
 *
 * <p>A v3 transaction whose comparison fails is not an error, only {@code succeeded == false}; this
 * client turns it into the v2 error a caller expects (101, or 105 for create, or 100 when the key
 * is gone), so the registry code is the same on the embedded etcd and on a real one.
 */
public final class JetcdClient implements EtcdClient, AutoCloseable {
  private final Client client;
  private final KV kv;
  private final Duration timeout;

  /**
   * Connects to {@code endpoints} ("http://127.0.0.1:2379"); each call waits at most {@code
   * timeout}.
   */
  public JetcdClient(List<String> endpoints, Duration timeout) {
    this.client = Client.builder().endpoints(endpoints.toArray(String[]::new)).build();
    this.kv = client.getKVClient();
    this.timeout = timeout;
  }

  @Override
  public EtcdNode get(String key) throws EtcdException {
    GetResponse response = await(kv.get(bytes(key)), key);
    if (response.getKvs().isEmpty()) {
      throw new EtcdException(
          EtcdErrors.NOT_FOUND, "Key not found: " + key, response.getHeader().getRevision());
    }
    return node(response.getKvs().get(0));
  }

  @Override
  public EtcdNode set(String key, String value) throws EtcdException {
    PutResponse response =
        await(kv.put(bytes(key), bytes(value), PutOption.builder().withPrevKV().build()), key);
    long revision = response.getHeader().getRevision();
    long created = response.hasPrevKv() ? response.getPrevKv().getCreateRevision() : revision;
    return new EtcdNode(key, value, created, revision);
  }

  @Override
  public EtcdNode create(String key, String value) throws EtcdException {
    // BEGIN EXERCISE jetcd-txn
    io.etcd.jetcd.ByteSequence name = bytes(key);
    io.etcd.jetcd.kv.TxnResponse response =
        await(
            kv.txn()
                .If(
                    new io.etcd.jetcd.op.Cmp(
                        name, io.etcd.jetcd.op.Cmp.Op.EQUAL, io.etcd.jetcd.op.CmpTarget.version(0)))
                .Then(
                    io.etcd.jetcd.op.Op.put(
                        name,
                        io.etcd.jetcd.ByteSequence.from(
                            value, java.nio.charset.StandardCharsets.US_ASCII),
                        PutOption.DEFAULT))
                .commit(),
            key);
    long revision = response.getHeader().getRevision();
    if (!response.isSucceeded()) {
      throw new EtcdException(EtcdErrors.NODE_EXIST, "Key already exists: " + key, revision);
    }
    return new EtcdNode(key, value, revision, revision);
    // END EXERCISE
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
    // BEGIN EXERCISE jetcd-txn
    io.etcd.jetcd.ByteSequence name = bytes(key);
    io.etcd.jetcd.kv.TxnResponse response =
        await(
            kv.txn()
                .If(
                    new io.etcd.jetcd.op.Cmp(
                        name,
                        io.etcd.jetcd.op.Cmp.Op.EQUAL,
                        io.etcd.jetcd.op.CmpTarget.modRevision(prevIndex)))
                .Then(
                    io.etcd.jetcd.op.Op.put(
                        name,
                        io.etcd.jetcd.ByteSequence.from(
                            value, java.nio.charset.StandardCharsets.US_ASCII),
                        PutOption.builder().withPrevKV().build()))
                .Else(io.etcd.jetcd.op.Op.get(name, io.etcd.jetcd.options.GetOption.DEFAULT))
                .commit(),
            key);
    long revision = response.getHeader().getRevision();
    if (response.isSucceeded()) {
      PutResponse put = response.getPutResponses().get(0);
      return new EtcdNode(key, value, put.getPrevKv().getCreateRevision(), revision);
    }
    // The Else branch read the key as it is now, so the error can say what the index became.
    List<KeyValue> now = response.getGetResponses().get(0).getKvs();
    if (now.isEmpty()) {
      throw new EtcdException(EtcdErrors.NOT_FOUND, "Key not found: " + key, revision);
    }
    throw new EtcdException(
        EtcdErrors.TEST_FAILED,
        "Compare failed: " + key + " [" + prevIndex + " != " + now.get(0).getModRevision() + "]",
        revision);
    // END EXERCISE
  }

  @Override
  public EtcdNode delete(String key) throws EtcdException {
    DeleteResponse response =
        await(kv.delete(bytes(key), DeleteOption.builder().withPrevKV(true).build()), key);
    if (response.getDeleted() == 0) {
      throw new EtcdException(
          EtcdErrors.NOT_FOUND, "Key not found: " + key, response.getHeader().getRevision());
    }
    KeyValue previous = response.getPrevKvs().get(0);
    return new EtcdNode(
        key,
        previous.getValue().toString(StandardCharsets.UTF_8),
        previous.getCreateRevision(),
        response.getHeader().getRevision());
  }

  @Override
  public void close() {
    client.close();
  }

  /** Returns the v2 view of a v3 key: its value, create_revision and mod_revision. */
  static EtcdNode node(KeyValue keyValue) {
    return new EtcdNode(
        keyValue.getKey().toString(StandardCharsets.UTF_8),
        keyValue.getValue().toString(StandardCharsets.UTF_8),
        keyValue.getCreateRevision(),
        keyValue.getModRevision());
  }

  static ByteSequence bytes(String text) {
    return ByteSequence.from(text, StandardCharsets.UTF_8);
  }

  /**
   * Waits for {@code call}. No answer in time, or a broken connection, is {@link
   * EtcdErrors#UNREACHABLE}: the request may still have been applied.
   */
  <T> T await(CompletableFuture<T> call, String key) throws EtcdException {
    try {
      return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new EtcdException(
          EtcdErrors.UNREACHABLE,
          "no answer from etcd about "
              + key
              + " within "
              + timeout.toMillis()
              + " ms; the request may or may not have been applied",
          0,
          e);
    } catch (ExecutionException e) {
      throw new EtcdException(
          EtcdErrors.UNREACHABLE,
          "etcd call about " + key + " failed: " + e.getCause(),
          0,
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdException(
          EtcdErrors.UNREACHABLE, "interrupted while waiting for etcd about " + key, 0, e);
    }
  }
}
