package io.kubelab.tools.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.tools.JetcdClient;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Testcontainers through the Docker API (podman's, in CI), on the host network only. */
@DisplayName("An etcd in a container")
class ContainerEtcdTest {

  @Test
  @Timeout(120)
  @DisplayName("starts through Testcontainers and stores and returns a key")
  void containerAnswers() throws Exception {
    try (RealEtcd etcd = RealEtcds.containerOrSkip();
        JetcdClient client = new JetcdClient(etcd.endpoints(), Duration.ofSeconds(10))) {
      assertThat(etcd.description())
          .as("the etcd came from Testcontainers")
          .startsWith("Testcontainers");

      client.set("/container/key", "value");

      assertThat(client.get("/container/key").value())
          .as("the key written reads back")
          .isEqualTo("value");
    }
  }
}
