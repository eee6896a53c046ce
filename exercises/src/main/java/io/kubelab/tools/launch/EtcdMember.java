package io.kubelab.tools.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * EtcdMember is one local etcd process: its name, its ports on 127.0.0.1, its data dir and log.
 *
 * <p>Election timeouts are tuned down from etcd's defaults (heartbeat 100 ms, election 1 s) to 10
 * and 100 ms: a lone member elects itself, and so starts, in about 0.1 s, and three members elect a
 * new leader within a few tenths of a second of losing the old one. Ten heartbeats of slack are
 * still enough on loopback: three members taking writes beside six busy loops on a two-core machine
 * held one leader for 15 s.
 *
 * <p>Pre-vote is on because members start one by one: the first, alone, would otherwise raise its
 * term with every election it cannot win and, once the others join, depose their new leader; a
 * member whose first proposal was lost that way waits out etcd's 5 s request timeout before it
 * serves clients (one three-member start in about seven). etcd 3.3 has no pre-vote: there the
 * members start without it (see {@link EtcdVersion}).
 */
record EtcdMember(String name, int clientPort, int peerPort, Path dataDir, Path log) {
  String clientUrl() {
    return "http://127.0.0.1:" + clientPort;
  }

  String peerUrl() {
    return "http://127.0.0.1:" + peerPort;
  }

  /**
   * Returns the command that starts this member in the cluster {@code cluster} with the flags
   * {@code version} understands; every member of one cluster must share {@code token}, or they
   * refuse each other.
   */
  List<String> command(String binary, EtcdVersion version, String cluster, String token) {
    List<String> command = new ArrayList<>();
    Collections.addAll(
        command,
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
        token);
    command.addAll(version.tuningFlags());
    return command;
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
