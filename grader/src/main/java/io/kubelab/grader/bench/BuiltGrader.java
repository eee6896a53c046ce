package io.kubelab.grader.bench;

import io.kubelab.grader.kit.Kit;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BuiltGrader finds the grader as {@code ./kubelab} runs it, its jar and the {@code lib/} beside
 * it, since the benchmarks time the launcher a student uses, not the classes of this JVM.
 */
final class BuiltGrader {
  private BuiltGrader() {}

  /**
   * Returns the built grader's jar; fails, saying how to build it, if it or its lib/ is missing.
   */
  static Path jar(Kit kit) {
    Path jar = kit.graderJar();
    if (!Files.isRegularFile(jar) || !Files.isDirectory(libraries(jar))) {
      throw new IllegalStateException(
          "the benchmark runs the built grader, and "
              + jar
              + " or its lib/ is missing; build it with ./mvnw -q -B -DskipTests package");
    }
    return jar;
  }

  /** The folder of the libraries that {@code jar} runs with. */
  static Path libraries(Path jar) {
    return jar.resolveSibling("lib");
  }
}
