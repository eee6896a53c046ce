package io.kubelab.demo;

import io.kubelab.tools.EtcdNode;
import io.kubelab.tools.MemoryEtcd;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency makes the embedded etcd answer after a pause, as a networked one does. Without it a read
 * and the write after it are so close together that two writers rarely interleave; with it the race
 * happens as often as it does against a real server.
 */
record Latency(long nanos) implements MemoryEtcd.Hook {

  @Override
  public void after(MemoryEtcd.Call call, EtcdNode result) {
    LockSupport.parkNanos(nanos);
  }
}
