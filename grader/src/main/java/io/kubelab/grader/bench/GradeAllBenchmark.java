package io.kubelab.grader.bench;

import io.kubelab.grader.batch.BatchGrader;
import io.kubelab.grader.batch.BatchOptions;
import io.kubelab.grader.batch.BatchReport;
import io.kubelab.grader.compile.SourceCompiler;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.runner.ClassCpuListener;
import io.kubelab.grader.runner.CpuTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * GradeAllBenchmark grades a generated class with {@code grade-all} and, in the same run, a sample
 * of the same submissions with {@code mvn -q -o test} each, the way a Maven-based autograder would,
 * and prints seconds per submission for both and their ratio.
 *
 * <p>Both run the same tests: for {@code mvn test} the hidden tests are copied next to the visible
 * ones, as a Maven-based autograder does, unless the benchmark grades visible tests only. Maven
 * also runs the kit's support tests (a real etcd, a container), which the grader leaves out.
 */
public final class GradeAllBenchmark {
  private final Kit kit;
  private final PrintWriter out;

  public GradeAllBenchmark(Kit kit, PrintWriter out) {
    this.kit = kit;
    this.out = out;
  }

  /** Runs the benchmark; {@code mvnSample} submissions (spread over the class) go through mvn. */
  public void run(int submissions, int mvnSample, int workers, long seed, boolean visibleOnly)
      throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("kubelab-bench-");
    try {
      Path classDir = Files.createDirectories(work.resolve("class"));
      Map<String, ClassGenerator.StudentKind> kinds =
          new ClassGenerator(kit, seed).generate(classDir, submissions);
      out.printf(
          "class of %d submissions (seed %d): %s%n",
          submissions,
          seed,
          kinds.values().stream()
              .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting())));
      out.flush();

      GradeOptions grading = visibleOnly ? GradeOptions.visibleOnly() : GradeOptions.full();
      Path profile = Files.createDirectories(work.resolve("cpu"));
      System.setProperty(ClassCpuListener.PROPERTY, profile.toString());
      double loadBefore = CpuTime.loadAverage();
      CpuTime cpuBefore = CpuTime.now();
      Duration compileBefore = SourceCompiler.cpuSpent();
      long start = System.nanoTime();
      BatchReport report =
          new BatchGrader(
                  kit,
                  work.resolve("out"),
                  new BatchOptions(workers, grading, true),
                  BatchGrader.Listener.QUIET)
              .run(classDir);
      double gradeAll = (System.nanoTime() - start) / 1e9;
      CpuTime cpu = CpuTime.now().since(cpuBefore);
      double compile = SourceCompiler.cpuSpent().minus(compileBefore).toNanos() / 1e9;
      System.clearProperty(ClassCpuListener.PROPERTY);
      double perSubmission = gradeAll / submissions;
      out.printf(
          Locale.ROOT,
          "grade-all (%s, %d workers, %d cores): %.1f s for %d submissions = %.2f s per"
              + " submission; grader failures: %d%n",
          visibleOnly ? "visible tests" : "visible and hidden tests",
          workers,
          Runtime.getRuntime().availableProcessors(),
          gradeAll,
          submissions,
          perSubmission,
          report.graderFailures().size());
      out.printf(
          Locale.ROOT,
          "grade-all CPU per submission: %.2f s in the grader (%.2f s compiling, %.2f s the"
              + " rest), %s in the test JVMs and the processes they started (load average %.1f"
              + " before, %.1f after)%n",
          cpu.graderSeconds() / submissions,
          compile / submissions,
          (cpu.graderSeconds() - compile) / submissions,
          cpu.childrenSeconds()
              .map(seconds -> String.format(Locale.ROOT, "%.2f s", seconds / submissions))
              .orElse("unknown (not Linux)"),
          loadBefore,
          CpuTime.loadAverage());
      CpuProfile.read(profile).print(out, submissions);
      out.flush();

      List<String> names = new ArrayList<>(kinds.keySet());
      List<Double> mvn = new ArrayList<>();
      for (int i = 0; i < mvnSample && !names.isEmpty(); i++) {
        String name = names.get(i * names.size() / mvnSample);
        boolean compiles = kinds.get(name) != ClassGenerator.StudentKind.DOES_NOT_COMPILE;
        double seconds = mavenTest(work, classDir.resolve(name), !visibleOnly, compiles);
        mvn.add(seconds);
        out.printf(Locale.ROOT, "mvn -q -o test, %s: %.1f s%n", name, seconds);
        out.flush();
      }
      if (!mvn.isEmpty()) {
        double mean = mvn.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        out.printf(
            Locale.ROOT,
            "mvn -q -o test: %.2f s per submission (mean of %d)%n"
                + "ratio: grade-all is %.1fx faster per submission%n"
                + "targets: <= 1.5 s per submission (%s), >= 10x faster than mvn test (%s)%n",
            mean,
            mvn.size(),
            mean / perSubmission,
            perSubmission <= 1.5 ? "met" : "not met",
            mean / perSubmission >= 10 ? "met" : "not met");
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  /**
   * Times {@code mvn -q -o test} on a fresh copy of the kit with the submission laid over it and,
   * with {@code hidden}, the hidden tests beside the visible ones. A submission that {@code
   * compiles} must run tests, or the Maven set-up is broken; one that does not stops at its compile
   * error, as it would in a Maven-based autograder, and that time counts as it would there.
   */
  private double mavenTest(Path work, Path submission, boolean hidden, boolean compiles)
      throws IOException, InterruptedException {
    Path copy = work.resolve("maven-" + submission.getFileName());
    Files.createDirectories(copy);
    Files.copy(kit.root().resolve("pom.xml"), copy.resolve("pom.xml"));
    copy(kit.exercises(), copy.resolve(Kit.EXERCISES));
    copy(submission, copy.resolve(Kit.EXERCISES));
    if (hidden) {
      copy(kit.hiddenTests(), copy.resolve(Kit.EXERCISES).resolve("src/test/java"));
      // The hidden statistics tests use commons-math3, which the student's project does not need.
      Path pom = copy.resolve(Kit.EXERCISES).resolve("pom.xml");
      Files.writeString(
          pom,
          Files.readString(pom)
              .replaceFirst(
                  "</dependencies>",
                  "  <dependency>\n      <groupId>org.apache.commons</groupId>\n"
                      + "      <artifactId>commons-math3</artifactId>\n"
                      + "      <scope>test</scope>\n    </dependency>\n  </dependencies>"));
    }
    Path log = work.resolve(submission.getFileName() + "-mvn.log");
    MavenTest maven = MavenTest.run(kit.root().resolve("mvnw"), copy.resolve(Kit.EXERCISES), log);
    if (!compiles) {
      out.printf(
          Locale.ROOT, "  (mvn stopped at the compile error, exit code %d)%n", maven.exitCode());
    } else if (maven.tests() == 0) {
      throw new IOException("mvn test ran no tests; see " + log);
    } else {
      out.printf(Locale.ROOT, "  (mvn ran %d tests)%n", maven.tests());
    }
    return maven.seconds();
  }

  /** Copies {@code from} over {@code to}, leaving out a build's {@code target/} folder. */
  private static void copy(Path from, Path to) throws IOException {
    FileTrees.copy(
        from, to, relative -> !relative.startsWith("target"), StandardCopyOption.REPLACE_EXISTING);
  }
}
