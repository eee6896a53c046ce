package io.kubelab.tools;

import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rendezvous scripts the lost-update interleaving: each of {@code parties} threads, after its first
 * read of {@code key} (found or not), waits until all of them have read it. So every thread reads
 * the same value before any of them writes: read, read, write, write.
 *
 * <p>Only the first {@code parties} threads wait; later readers, such as the test reading the
 * result, pass straight through. A thread that never arrives (code that does not read the key)
 * breaks the rendezvous after five seconds instead of hanging the test.
 */
public final class Rendezvous implements MemoryEtcd.Hook {
  private final String key;

  private final CyclicBarrier barrier;
  private final Set<String> arrived = ConcurrentHashMap.newKeySet();

  public Rendezvous(String key, int parties) {
    this.key = key;
    this.barrier = new CyclicBarrier(parties);
  }

  @Override
  public void after(MemoryEtcd.Call call, EtcdNode result) {
    arrive(call);
  }

  @Override
  public void failed(MemoryEtcd.Call call, EtcdException error) {
    arrive(call);
  }

  private void arrive(MemoryEtcd.Call call) {
    if (call.operation() != MemoryEtcd.Operation.GET
        || !call.key().equals(key)
        || !arrived.add(call.thread())
        || arrived.size() > barrier.getParties()) {
      return; // not a first read, or a reader after the scripted ones (a test checking results)
    }
    try {
      barrier.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BrokenBarrierException | TimeoutException e) {
      // Not every thread read the key: let the others go on rather than hang.
    }
  }
}
