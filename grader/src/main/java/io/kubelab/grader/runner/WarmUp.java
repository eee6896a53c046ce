package io.kubelab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.etcd.jetcd.Client;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * WarmUp loads what a test run loads from the grader's libraries, and runs the code a test run
 * runs, before the student's tests are known: the JUnit Platform and Jupiter (running {@link
 * Sample} as a grading runs a test, with captured output), AssertJ, Jackson (the result codec and
 * the run request), ArchUnit's importer and a jetcd client that is built and closed without sending
 * anything.
 *
 * <p>So a warm test JVM starts its real run with these classes loaded and their code compiled, and
 * the JVM that makes the {@code RunnerArchive} archives them.
 */
final class WarmUp {
  private WarmUp() {}

  /** A test of nothing but the libraries, which the warm-up runs as a grading would. */
  static final class Sample {
    @Test
    void assertsAsTheKitsTestsDo() {
      for (int i = 0; i < 50; i++) {
        assertThat(List.of("m1", "m2")).containsExactly("m1", "m2").doesNotContainNull();
        assertThat("kubelab").startsWith("kube").contains("lab");
        assertThat(Map.of("k", i)).containsEntry("k", i);
      }
    }
  }

  static void run() throws IOException {
    LauncherFactory.create().execute(RunnerMain.request(List.of(selectClass(Sample.class))));
    TestEventCodec.fromJson(TestEventCodec.toJson(new TestEvent.Done()));
    // Reading the first request makes Jackson work out the record's shape: tens of milliseconds
    // that would otherwise come after the student's save.
    RunRequest.read(
        new ByteArrayInputStream(
            new RunRequest(
                    "results",
                    "skip",
                    1,
                    1,
                    Map.of(Sample.class.getName(), 1L),
                    List.of(Sample.class.getName()),
                    List.of())
                .toLine()
                .getBytes(StandardCharsets.UTF_8)));
    new ClassFileImporter().importClasses(WarmUp.class);
    // Building a client opens no connection; only a request would, and none is made.
    Client.builder().endpoints("http://127.0.0.1:2379").build().close();
  }
}
