package io.kubelab.tools.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * EtcdMember is one local etcd process: its name, its ports on 127.0.0.1, its data dir and log.
 *
 * <p>Election timeouts are tuned down from etcd's defaults (heartbeat 100 ms, election 1 s) to 50
 * and 500 ms: a new leader within about half a second of killing the old one, yet five missed
 * heartbeats of slack, so a busy two-core machine does not trigger needless elections.
 */
record EtcdMember(String name, int clientPort, int peerPort, Path dataDir, Path log) {

  String clientUrl() {
    return "http://127.0.0.1:" + clientPort;
  }

  String peerUrl() {
    return "http://127.0.0.1:" + peerPort;
  }

  /**
   * Returns the command that starts this member in the cluster {@code cluster}; every member of one
   * cluster must share {@code token}, or they refuse each other.
   */
  List<String> command(String binary, String cluster, String token) {
    return List.of(
        binary,
        "--name",
        name,
        "--data-dir",
        dataDir.toString(),
        "--listen-client-urls",
        clientUrl(),
        "--advertise-client-urls",
        clientUrl(),
        "--listen-peer-urls",
        peerUrl(),
        "--initial-advertise-peer-urls",
        peerUrl(),
        "--initial-cluster",
        cluster,
        "--initial-cluster-state",
        "new",
        "--initial-cluster-token",
        token,
        "--heartbeat-interval",
        "50",
        "--election-timeout",
        "500",
        "--log-outputs",
        "stderr");
  }

  /** Returns the last lines the member logged, to explain why it did not come up. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
