package io.kubelab.demo;

import io.kubelab.tools.EtcdClient;
import io.kubelab.tools.EtcdErrors;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdNode;
import io.kubelab.tools.JetcdClient;
import io.kubelab.tools.MemoryEtcd;
import io.kubelab.tools.launch.EtcdLauncher;
import io.kubelab.tools.launch.RealEtcd;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CasBenchmark prints what compare-and-swap costs: successful updates per second and retries per
 * success for 1, 2, 4 and 8 writers, all on one shared key (like a machine's manifest list) or each
 * on its own key (like one key per pod), on the embedded etcd and on a real one.
 *
 * <p>Each update is read, increment, compare-and-swap, retried on 101 until it succeeds. {@code
 * ./kubelab bench cas [updates per writer, embedded] [updates per writer, real]}.
 */
public final class CasBenchmark {
  private static final int[] WRITERS = {1, 2, 4, 8};

  private CasBenchmark() {}

  public static void main(String[] args) throws Exception {
    int embeddedUpdates = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int realUpdates = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    System.out.println("backend   writers  keys      updates  seconds  updates/s  retries/success");
    table("embedded", MemoryEtcd::new, embeddedUpdates);
    Optional<RealEtcd> real = EtcdLauncher.start(1);
    if (real.isEmpty()) {
      System.out.println("real etcd: not available (" + EtcdLauncher.unavailableReason() + ")");
      return;
    }
    try (RealEtcd etcd = real.get();
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      // The first calls pay for connecting; keep them out of the numbers.
      run(client, 1, false, 20, "warmup");
      table("real", () -> client, realUpdates);
      System.out.println("(real: " + etcd.description() + ")");
    }
  }

  /** Makes the client for one row. */
  @FunctionalInterface
  private interface Clients {
    EtcdClient open();
  }

  private static void table(String backend, Clients clients, int updatesPerWriter)
      throws Exception {
    for (boolean shared : new boolean[] {true, false}) {
      for (int writers : WRITERS) {
        EtcdClient client = clients.open();
        long start = System.nanoTime();
        long retries = run(client, writers, shared, updatesPerWriter, backend + writers + shared);
        double seconds = (System.nanoTime() - start) / 1e9;
        long updates = (long) writers * updatesPerWriter;
        System.out.printf(
            Locale.ROOT,
            "%-9s %7d  %-8s %8d  %7.2f  %9.0f  %15.2f%n",
            backend,
            writers,
            shared ? "shared" : "per-pod",
            updates,
            seconds,
            updates / seconds,
            (double) retries / updates);
      }
    }
  }

  /** Runs the updates and returns how many compare-and-swaps were refused and retried. */
  private static long run(
      EtcdClient client, int writers, boolean shared, int updatesPerWriter, String prefix)
      throws Exception {
    AtomicLong retries = new AtomicLong();
    for (int writer = 0; writer < (shared ? 1 : writers); writer++) {
      client.set(key(prefix, shared, writer), "0");
    }
    Writers.run(
        writers,
        writer -> {
          String key = key(prefix, shared, writer);
          for (int i = 0; i < updatesPerWriter; i++) {
            retries.addAndGet(increment(client, key));
          }
        });
    return retries.get();
  }

  /** Increments the number at {@code key} and returns how often it had to retry. */
  private static long increment(EtcdClient client, String key) throws EtcdException {
    for (long retries = 0; ; retries++) {
      EtcdNode read = client.get(key);
      String next = String.valueOf(Long.parseLong(read.value()) + 1);
      try {
        client.compareAndSwap(key, next, read.modifiedIndex());
        return retries;
      } catch (EtcdException e) {
        if (!EtcdErrors.isEtcdConflict(e)) {
          throw e;
        }
      }
    }
  }

  private static String key(String prefix, boolean shared, int writer) {
    return "/bench/" + prefix + "/" + (shared ? "shared" : "pod-" + writer);
  }
}
