package io.kubelab.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * RunnerMain runs test classes in the grading JVM: {@code RunnerMain <results.jsonl> <class>...},
 * with the result key on standard input (see {@link ResultChannel}).
 *
 * <p>Tests whose unique ids are listed in the file named by the {@code kubelab.skip} system
 * property are skipped, so the grader can resume after a test brought the JVM down. The JVM halts
 * when the run ends, which also stops threads that student code left running.
 */
public final class RunnerMain {
  /** The only argument of a run that loads the libraries and runs nothing; see {@link WarmUp}. */
  public static final String WARM_UP = "--warm-up";

  private RunnerMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals(WARM_UP)) {
      WarmUp.run();
      halt();
    }
    if (args.length < 2) {
      System.err.println("usage: RunnerMain <results.jsonl> <test class>...");
      Runtime.getRuntime().halt(2);
    }
    // The key is read before any test class is loaded, and standard input is then emptied.
    byte[] key = ResultChannel.readKey(System.in);
    System.setIn(new ByteArrayInputStream(new byte[0]));
    Path results = Path.of(args[0]);
    List<String> classes = Arrays.asList(args).subList(1, args.length);
    String timeout = System.getProperty("kubelab.testTimeout", "10 s");

    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(classes.stream().map(name -> selectClass(name)).toList())
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
            .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
            .configurationParameter("junit.jupiter.execution.timeout.default", timeout)
            // A test that spins without checking for interrupts is abandoned, not waited for.
            .configurationParameter(
                "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
            .configurationParameter("junit.platform.output.capture.stdout", "true")
            .configurationParameter("junit.platform.output.capture.stderr", "true")
            // Capture keeps at most this much per test in memory; the rest still reaches the
            // grader's output cap, which stops a test that prints without end.
            .configurationParameter("junit.platform.output.capture.maxBuffer", "65536")
            .build();

    try (ResultWriter writer = ResultWriter.open(results, key)) {
      LauncherFactory.create().execute(request, new JsonLinesListener(writer));
    } finally {
      halt();
    }
  }

  /**
   * Ends this JVM at once. Halting skips shutdown hooks, so first stop what the tests started (etcd
   * members); halting also stops any thread student code left spinning.
   */
  static void halt() {
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    Runtime.getRuntime().halt(0);
  }
}
