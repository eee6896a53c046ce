package io.kubelab.grader.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark adds up what each test JVM wrote about its CPU, and prints it per submission. */
@DisplayName("The benchmark's CPU profile")
class CpuProfileTest {

  @Test
  @DisplayName("adds up each class over the JVMs, counts the children of test classes only")
  void addsUpTheJvms(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("101.tsv"),
        "start\t0.5000\t0.0000\ndiscovery\t0.2500\t0.0000\n"
            + "class\tio.kubelab.tools.JetcdClientTest\t1.0000\t0.4000\n");
    Files.writeString(
        dir.resolve("102.tsv"),
        "start\t0.5000\t0.0000\nclass\tio.kubelab.tools.JetcdClientTest\t2.0000\t0.6000\n"
            + "class\tio.kubelab.util.StringSetTest\t0.1");

    CpuProfile profile = CpuProfile.read(dir);

    assertThat(profile.jvmSeconds())
        .as("CPU-seconds by phase and test class over both JVMs")
        .containsEntry("(start)", 1.0)
        .containsEntry("(discovery)", 0.25)
        .containsEntry("io.kubelab.tools.JetcdClientTest", 3.0)
        .doesNotContainKey("io.kubelab.util.StringSetTest");
    assertThat(profile.childrenSeconds())
        .as("CPU-seconds of the processes the test classes started")
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  @DisplayName("prints CPU-seconds per submission, the most costly first")
  void printsPerSubmission(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("1.tsv"),
        "start\t1.0000\t0.0000\nclass\tio.kubelab.tools.JetcdClientTest\t4.0000\t2.0000\n");
    StringWriter text = new StringWriter();

    CpuProfile.read(dir).print(new PrintWriter(text, true), 2);

    assertThat(text.toString())
        .as("the profile of two submissions")
        .contains("2.50 s in the JVMs, 1.00 s in the processes the tests started")
        .containsSubsequence("2.000 s  io.kubelab.tools.JetcdClientTest", "0.500 s  (start)");
  }
}
