package io.kubelab.demo;

import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.registry.BasicManifestFactory;
import io.kubelab.registry.EtcdRegistry;
import io.kubelab.tools.EtcdClient;
import io.kubelab.tools.EtcdHelper;
import io.kubelab.tools.JetcdClient;
import io.kubelab.tools.MemoryEtcd;
import io.kubelab.tools.Versioned;
import io.kubelab.tools.launch.EtcdLauncher;
import io.kubelab.tools.launch.RealEtcd;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RaceDemo shows PR #265's race with numbers: several writers add pods to one machine, first the
 * way the code did before the PR (read the list, append, set), then with your {@code runPod}
 * (compare-and-swap and retry), on the embedded etcd and, when one can be started, a real one.
 *
 * <p>{@code ./kubelab demo race [writers] [pods per writer]}; defaults 8 and 25.
 */
public final class RaceDemo {
  private RaceDemo() {}

  public static void main(String[] args) throws Exception {
    int writers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int podsEach = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    System.out.printf(
        "%d writers each add %d pods to one machine, at the same time.%n%n", writers, podsEach);

    report(
        "embedded etcd (0.2 ms per call, like a network)",
        () -> new MemoryEtcd(new Latency(200_000)),
        writers,
        podsEach);

    Optional<RealEtcd> real = EtcdLauncher.start(1);
    if (real.isEmpty()) {
      System.out.println("real etcd: not available (" + EtcdLauncher.unavailableReason() + ")");
      return;
    }
    try (RealEtcd etcd = real.get()) {
      report(
          etcd.description(),
          () -> new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10)),
          writers,
          podsEach);
    }
  }

  /** Makes a fresh client for one run. */
  @FunctionalInterface
  private interface Clients {
    EtcdClient open() throws Exception;
  }

  private static void report(String label, Clients clients, int writers, int podsEach)
      throws Exception {
    System.out.println(label + ":");
    int total = writers * podsEach;
    EtcdClient naiveClient = clients.open();
    int naive = naiveWriters(naiveClient, "naive", writers, podsEach);
    close(naiveClient);
    System.out.printf(
        "  before PR #265 (read, append, set): lost %4d of %d pods%n", total - naive, total);
    EtcdClient casClient = clients.open();
    try {
      int cas = casWriters(casClient, "cas", writers, podsEach);
      System.out.printf(
          "  runPod (compare-and-swap):           lost %4d of %d pods%n", total - cas, total);
    } catch (UnsupportedOperationException todo) {
      System.out.println("  runPod: not written yet (" + todo.getMessage() + ")");
    } finally {
      close(casClient);
    }
    System.out.println();
  }

  /** Adds the pods as the code did before PR #265 and returns how many the machine lists. */
  private static int naiveWriters(EtcdClient etcd, String machine, int writers, int podsEach)
      throws Exception {
    EtcdHelper helper = new EtcdHelper(etcd);
    String key = EtcdRegistry.makeContainerKey(machine);
    helper.setObj(key, List.of());
    Writers.run(
        writers,
        writer -> {
          for (int i = 0; i < podsEach; i++) {
            Versioned<List<ContainerManifest>> read =
                helper.extractObj(key, EtcdRegistry.MANIFESTS, false);
            List<ContainerManifest> manifests = new ArrayList<>(read.value());
            manifests.add(new ContainerManifest(null, null, "pod-" + writer + "-" + i));
            helper.setObj(key, manifests);
          }
        });
    return helper.extractObj(key, EtcdRegistry.MANIFESTS, false).value().size();
  }

  /** Adds the pods with the registry's runPod and returns how many the machine lists. */
  private static int casWriters(EtcdClient etcd, String machine, int writers, int podsEach)
      throws Exception {
    EtcdRegistry registry = new EtcdRegistry(etcd, new BasicManifestFactory());
    Writers.run(
        writers,
        writer -> {
          for (int i = 0; i < podsEach; i++) {
            registry.runPod(new Pod("pod-" + writer + "-" + i, null, null, null), machine);
          }
        });
    return registry.loadManifests(machine).value().size();
  }

  private static void close(EtcdClient client) {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        System.err.println("closing " + client + ": " + e);
      }
    }
  }
}
