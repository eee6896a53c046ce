package io.kubelab.tools.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** FreePorts finds ports nobody listens on, on 127.0.0.1 only. */
final class FreePorts {
  private FreePorts() {}

  /** Returns a port that was free on 127.0.0.1 a moment ago. */
  static int next() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
