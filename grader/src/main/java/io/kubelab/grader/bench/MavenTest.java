package io.kubelab.grader.bench;

import io.kubelab.grader.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * MavenTest is one timed {@code mvnw -q -o -B test} in an {@code exercises/} folder, as a
 * Maven-based autograder or a student runs it: the baseline the benchmarks compare the grader with.
 */
record MavenTest(double seconds, int tests, int exitCode) {
  private static final Pattern TESTS = Pattern.compile("<testsuite[^>]* tests=\"(\\d+)\"");

  /**
   * Runs {@code mvnw} in {@code exercises} with {@code arguments} after {@code test}, its output in
   * {@code log}; a run past 10 minutes is ended and an error.
   */
  static MavenTest run(Path mvnw, Path exercises, Path log, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-q", "-o", "-B", "test"));
    command.addAll(List.of(arguments));
    long start = System.nanoTime();
    Process maven =
        new ProcessBuilder(command)
            .directory(exercises.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!maven.waitFor(10, TimeUnit.MINUTES)) {
      ProcessTree.end(maven);
      throw new IOException("mvn test took more than 10 minutes; see " + log);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new MavenTest(
        seconds, testsRun(exercises.resolve("target/surefire-reports")), maven.exitValue());
  }

  /**
   * Runs {@code mvnw} as {@link #run} does and fails unless it passed at least one test, with the
   * end of its log: the benchmarks run it on the reference solutions.
   */
  static MavenTest passing(Path mvnw, Path exercises, Path log, String... arguments)
      throws IOException, InterruptedException {
    MavenTest maven = run(mvnw, exercises, log, arguments);
    if (maven.exitCode() != 0 || maven.tests() == 0) {
      List<String> all = Files.readAllLines(log);
      throw new IOException(
          "mvn test with the reference solution should pass, but it ended with status "
              + maven.exitCode()
              + ":\n"
              + String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size())));
    }
    return maven;
  }

  /** Sums the {@code tests} attribute of Surefire's reports. */
  private static int testsRun(Path reports) throws IOException {
    if (!Files.isDirectory(reports)) {
      return 0;
    }
    int tests = 0;
    try (Stream<Path> files = Files.list(reports)) {
      for (Path report : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        Matcher matcher = TESTS.matcher(Files.readString(report));
        if (matcher.find()) {
          tests += Integer.parseInt(matcher.group(1));
        }
      }
    }
    return tests;
  }
}
