package io.kubelab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.etcd.jetcd.Client;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * WarmUp loads what a test run loads from the grader's libraries, without running any test, so the
 * JVM that makes the {@code RunnerArchive} archives those classes: the JUnit Platform and Jupiter
 * (a discovery that finds nothing), AssertJ, Jackson, ArchUnit's importer and a jetcd client that
 * is built and closed without sending anything.
 */
final class WarmUp {
  private WarmUp() {}

  static void run() throws IOException {
    LauncherFactory.create()
        .discover(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(WarmUp.class.getPackageName()))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build());
    assertThat(List.of("m1", "m2")).containsExactly("m1", "m2").doesNotContainNull();
    assertThat("kubelab").startsWith("kube").contains("lab");
    assertThat(Map.of("k", 1)).containsEntry("k", 1);
    new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(Map.of("event", "done")));
    new ClassFileImporter().importClasses(WarmUp.class);
    // Building a client opens no connection; only a request would, and none is made.
    Client.builder().endpoints("http://127.0.0.1:2379").build().close();
  }
}
