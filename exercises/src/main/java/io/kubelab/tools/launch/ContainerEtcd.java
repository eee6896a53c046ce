package io.kubelab.tools.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * ContainerEtcd runs one etcd in a container through Testcontainers, on the host's network and a
 * free 127.0.0.1 port: bridge networks and mapped ports would route through private addresses,
 * which the kit never uses. The image is built locally from Debian's etcd ({@code
 * .ci/podman-etcd}); nothing is pulled.
 */
final class ContainerEtcd implements RealEtcd {
  /** The image {@code .ci/podman-etcd} builds; override with KUBELAB_ETCD_IMAGE. */
  static final String IMAGE =
      System.getenv().getOrDefault("KUBELAB_ETCD_IMAGE", "localhost/kubelab-etcd:3.4.23");

  private final GenericContainer<?> container;
  private final int clientPort;
  private boolean closed;

  private ContainerEtcd(GenericContainer<?> container, int clientPort) {
    this.container = container;
    this.clientPort = clientPort;
  }

  /** Returns why no container can be started here, or {@code null} if one can. */
  static String unavailableReason() {
    try {
      if (!DockerClientFactory.instance().isDockerAvailable()) {
        return "no Docker API answers (run .ci/podman-etcd and export what it prints)";
      }
      DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
      return null;
    } catch (RuntimeException e) {
      return "no local image " + IMAGE + " (build it with .ci/podman-etcd): " + e.getMessage();
    }
  }

  static ContainerEtcd start() throws IOException {
    List<Integer> ports = FreePorts.next(2);
    int clientPort = ports.get(0);
    int peerPort = ports.get(1);
    String client = "http://127.0.0.1:" + clientPort;
    String peer = "http://127.0.0.1:" + peerPort;
    // The image's entrypoint is etcd itself; these are its flags.
    List<String> flags = new ArrayList<>();
    Collections.addAll(
        flags,
        "--name=c1",
        "--data-dir=/tmp/etcd",
        "--listen-client-urls=" + client,
        "--advertise-client-urls=" + client,
        "--listen-peer-urls=" + peer,
        "--initial-advertise-peer-urls=" + peer,
        "--initial-cluster=c1=" + peer,
        "--initial-cluster-state=new");
    flags.addAll(EtcdVersion.ofImage(IMAGE).tuningFlags());
    @SuppressWarnings("resource") // closed by close()
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(IMAGE))
            .withNetworkMode("host")
            .withCommand(flags.toArray(String[]::new))
            .waitingFor(Wait.forLogMessage(".*ready to serve client requests.*", 1));
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw new IOException("the etcd container did not start: " + e.getMessage(), e);
    }
    return new ContainerEtcd(container, clientPort);
  }

  @Override
  public List<String> endpoints() {
    return List.of("http://127.0.0.1:" + clientPort);
  }

  @Override
  public String description() {
    String host = System.getenv().getOrDefault("DOCKER_HOST", "the default Docker socket");
    return "Testcontainers: " + IMAGE + " through " + host;
  }

  @Override
  public int members() {
    return 1;
  }

  @Override
  public String killLeader() {
    throw new UnsupportedOperationException(
        "a one-container etcd has no leader to lose; leader failover uses local processes");
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      container.close();
    }
  }
}
