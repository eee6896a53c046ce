package io.kubelab.tools.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EtcdLauncher finds a real etcd, in this order: an existing cluster named by {@code
 * KUBELAB_ETCD_ENDPOINTS}; local {@code etcd} processes ({@code KUBELAB_ETCD_BINARY}, else {@code
 * etcd} on the PATH); a container, when a Docker API answers. Every start says on stderr which one
 * it used.
 *
 * <pre>{@code
 * try (RealEtcd etcd = EtcdLauncher.start(3).orElseThrow()) {
 *   JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class EtcdLauncher {
  private static final List<RealEtcd> OPEN = new ArrayList<>();

  static {
    // System.exit skips try-with-resources; the hook still stops what was started.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(EtcdLauncher::closeAll, "kubelab-etcd-cleanup"));
  }

  private EtcdLauncher() {}

  /** Starts (or finds) a real etcd with {@code members} members, if any way works here. */
  public static Optional<RealEtcd> start(int members) throws IOException {
    RealEtcd etcd;
    String endpoints = System.getenv("KUBELAB_ETCD_ENDPOINTS");
    Optional<String> binary = binary();
    if (endpoints != null && !endpoints.isBlank()) {
      etcd = new ExistingEtcd(List.of(endpoints.split(",")));
    } else if (binary.isPresent()) {
      etcd = LocalEtcdCluster.start(binary.get(), members);
    } else if (members == 1 && ContainerEtcd.unavailableReason() == null) {
      etcd = ContainerEtcd.start();
    } else {
      return Optional.empty();
    }
    System.err.println("kubelab: using " + etcd.description());
    return Optional.of(register(etcd));
  }

  /** Starts one etcd in a container through Testcontainers, whatever else is available. */
  public static Optional<RealEtcd> startContainer() throws IOException {
    if (ContainerEtcd.unavailableReason() != null) {
      return Optional.empty();
    }
    RealEtcd etcd = ContainerEtcd.start();
    System.err.println("kubelab: using " + etcd.description());
    return Optional.of(register(etcd));
  }

  /** Says what was tried and why each way failed, for a message a reader can act on. */
  public static String unavailableReason() {
    List<String> reasons = new ArrayList<>();
    reasons.add("KUBELAB_ETCD_ENDPOINTS is not set");
    reasons.add(
        System.getenv("KUBELAB_ETCD_BINARY") != null
            ? "KUBELAB_ETCD_BINARY=" + System.getenv("KUBELAB_ETCD_BINARY") + " is not executable"
            : "no etcd on the PATH (install Debian's etcd-server)");
    reasons.add(containerReason());
    return String.join("; ", reasons);
  }

  /** Returns why no container can be started, or "a container can be started". */
  public static String containerReason() {
    String reason = ContainerEtcd.unavailableReason();
    return reason == null ? "a container can be started" : reason;
  }

  private static Optional<String> binary() {
    String configured = System.getenv("KUBELAB_ETCD_BINARY");
    if (configured != null) {
      return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "etcd");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  private static synchronized RealEtcd register(RealEtcd etcd) {
    OPEN.add(etcd);
    return etcd;
  }

  private static synchronized void closeAll() {
    OPEN.forEach(RealEtcd::close);
    OPEN.clear();
  }
}
