package io.kubelab.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * RunnerMain runs test classes in the grading JVM: {@code RunnerMain [--warm-up]}, then the result
 * key (see {@link ResultChannel}) and a {@link RunRequest} on standard input.
 *
 * <p>Tests whose unique ids are listed in the request's skip file are skipped, so the grader can
 * resume after a test brought the JVM down. Each test runs within its CPU budget and a wall-clock
 * backstop, judged by a {@link TestWatchdog}. The JVM halts when the run ends, which also stops
 * threads that student code left running.
 */
public final class RunnerMain {
  /** The only argument of a run that loads the libraries and runs nothing; see {@link WarmUp}. */
  public static final String WARM_UP = "--warm-up";

  private RunnerMain() {}

  public static void main(String[] args) throws IOException {
    boolean warmUp = args.length == 1 && args[0].equals(WARM_UP);
    if (args.length > 1 || (args.length == 1 && !warmUp)) {
      System.err.println(
          "usage: RunnerMain [" + WARM_UP + "], then the key and a request on stdin");
      Runtime.getRuntime().halt(2);
    }
    if (warmUp) {
      // Loads the libraries while the grader is still compiling, and archives them when run with
      // -XX:ArchiveClassesAtExit.
      WarmUp.run();
    }
    // The key is read before any test class is loaded, and standard input is then emptied.
    byte[] key = ResultChannel.readKey(System.in);
    if (key.length == 0) {
      // Standard input ended without a key: the archive's maker, or a JVM nobody needed.
      halt();
    }
    RunRequest run = RunRequest.read(System.in);
    System.setIn(new ByteArrayInputStream(new byte[0]));
    System.setProperty(SkipRecordedTests.SKIP_FILE, run.skip());
    List<? extends DiscoverySelector> selectors =
        run.only().isEmpty()
            ? run.classes().stream().map(name -> selectClass(name)).toList()
            : run.only().stream().map(id -> selectUniqueId(id)).toList();

    try (ResultWriter writer = ResultWriter.open(Path.of(run.results()), key)) {
      TestEventListener listener = new TestEventListener(writer, run::cpuBudgetOf, run.wallLimit());
      listener.watch(CodeUnderTest.ofWorkingDirectory());
      LauncherFactory.create().execute(request(selectors), listener);
    } finally {
      halt();
    }
  }

  /**
   * Returns the request that runs {@code selectors} as a grading does: Jupiter only, the kit's
   * extensions, and output captured per test. Jupiter's own time limits are off, {@code @Timeout}
   * included: they measure the wall clock, which a busy machine stretches; the {@link TestWatchdog}
   * judges each test instead.
   */
  static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
        .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
        .configurationParameter("junit.platform.output.capture.stdout", "true")
        .configurationParameter("junit.platform.output.capture.stderr", "true")
        // Capture keeps at most this much per test in memory; the rest still reaches the
        // grader's output cap, which stops a test that prints without end.
        .configurationParameter("junit.platform.output.capture.maxBuffer", "65536")
        .build();
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
