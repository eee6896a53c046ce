package io.kubelab.tools.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * FreePorts finds ports nobody listens on, on 127.0.0.1 only, for a process that binds them a
 * moment later.
 *
 * <p>Between the moment a port is released here and the moment etcd binds it, anything else on the
 * machine may take it (an outgoing connection gets a port from the same ephemeral range): about one
 * start in two thousand lost that race on a busy machine. The choice stays racy on purpose, and
 * {@link LocalEtcdCluster} starts again with fresh ports when a member finds its port taken. The
 * alternatives were worse: etcd cannot bind port 0 and report it back (its peer URLs must be known
 * to every member before any starts), and ports outside the ephemeral range with a lock file guard
 * only against processes that take the same lock, not against every other program on the machine.
 */
final class FreePorts {
  private FreePorts() {}

  /**
   * Returns {@code count} distinct ports that were free on 127.0.0.1 a moment ago: all are held
   * until the last is found, so the kernel cannot hand out one port twice.
   */
  static List<Integer> next(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException e) {
          // Closing a listening socket that never accepted cannot fail in a way that matters here.
        }
      }
    }
  }
}
