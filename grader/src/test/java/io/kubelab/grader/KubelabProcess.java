package io.kubelab.grader;

import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.jvm.TestJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * KubelabProcess runs the {@code kubelab} command line in a JVM of its own, as an instructor's
 * shell would, on a kit of the test's choosing and in an environment the test may change.
 */
public final class KubelabProcess {
  private KubelabProcess() {}

  /** What the command printed (standard output and error, interleaved) and its exit status. */
  public record Run(int status, String output) {}

  public static Run run(Path kit, Consumer<Map<String, String>> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new JavaCommand()
            .property("kubelab.home", kit)
            .classpath(TestJvm.ownClasspath())
            .main("io.kubelab.grader.cli.Main", List.of(args))
            .toList();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    environment.accept(builder.environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }
}
