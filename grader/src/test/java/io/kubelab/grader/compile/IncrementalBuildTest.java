package io.kubelab.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.files.Sha256;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.submission.Submission;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental build gives the tests the class files a full compile would, byte for byte: none
 * left over from a class the student deleted, and the compiler's errors where a change breaks a kit
 * file.
 */
@DisplayName("The incremental build")
class IncrementalBuildTest {
  private static final SourceCompiler COMPILER = new SourceCompiler();
  private static IncrementalBuild build;

  @BeforeAll
  static void compileThePristineKit() throws IOException {
    build = IncrementalBuild.of(TestKit.kit(), false, COMPILER, TestJvm.ownClasspath());
  }

  @AfterAll
  static void removeIt() throws IOException {
    build.close();
    COMPILER.close();
  }

  @Test
  @DisplayName("compiles the solved kit to the same class files as a full compile")
  void solvedKitMatchesAFullCompile(@TempDir Path dir) throws IOException {
    Submission solved = Submission.read(TestKit.solved(dir), TestKit.kit());

    assertThat(incremental(solved))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(solved))
        .containsKey("io/kubelab/util/StringSet.class");
  }

  @Test
  @DisplayName("leaves out the classes a changed file no longer declares (the private stringSet)")
  void deletedClassIsGone(@TempDir Path dir) throws IOException {
    Submission solved = Submission.read(TestKit.solved(dir), TestKit.kit());

    assertThat(incremental(solved).keySet())
        .as("the class files of the solved kit: MinionList without its private stringSet")
        .contains("io/kubelab/registry/MinionList.class")
        .doesNotContain("io/kubelab/registry/MinionList$stringSet.class");
  }

  @Test
  @DisplayName("compiles an unchanged kit to the pristine class files")
  void pristineKitMatchesAFullCompile(@TempDir Path dir) throws IOException {
    Submission pristine = Submission.read(TestKit.pristine(dir), TestKit.kit());

    assertThat(incremental(pristine))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(pristine));
  }

  @Test
  @DisplayName("compiles no test again for a method body change, and still gives a full compile")
  void bodyChangeRecompilesNoTest(@TempDir Path dir) throws IOException {
    Submission changed =
        edited(
            dir,
            "src/main/java/io/kubelab/scheduler/RandomScheduler.java",
            "is not written yet.",
            "is still to be written.");

    assertThat(testsCompiledAgain(changed))
        .as("tests compiled again when only a method body changed")
        .isEmpty();
    assertThat(incremental(changed))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(changed));
  }

  @Test
  @DisplayName("compiles no test again for a body that gains a lambda, as reference solutions do")
  void lambdaInABodyRecompilesNoTest(@TempDir Path dir) throws IOException {
    // A lambda makes javac list MethodHandles$Lookup among the class's nested classes.
    Submission changed =
        edited(
            dir,
            "src/main/java/io/kubelab/scheduler/RandomScheduler.java",
            "\"TODO: RandomScheduler.schedule is not written yet.\"",
            "((java.util.function.Supplier<String>)"
                + " () -> \"TODO: RandomScheduler.schedule is not written yet.\").get()");

    assertThat(testsCompiledAgain(changed))
        .as("tests compiled again when a method body gained a lambda")
        .isEmpty();
    assertThat(incremental(changed))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(changed));
  }

  @Test
  @DisplayName("compiles the tests that use a changed constant again, as javac copies its value")
  void constantChangeRecompilesItsUsers(@TempDir Path dir) throws IOException {
    Submission changed =
        edited(
            dir,
            "src/main/java/io/kubelab/tools/EtcdErrors.java",
            "TEST_FAILED = 101;",
            "TEST_FAILED = 102;");

    assertThat(testsCompiledAgain(changed))
        .as("tests compiled again when a constant they use changed")
        .contains("io/kubelab/tools/EtcdHelperTest.java");
    assertThat(incremental(changed))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(changed));
  }

  @Test
  @DisplayName("compiles the tests that name a type again when a member is added to it")
  void signatureChangeRecompilesItsUsers(@TempDir Path dir) throws IOException {
    Submission changed =
        edited(
            dir,
            "src/main/java/io/kubelab/scheduler/RandomScheduler.java",
            "public final class RandomScheduler implements Scheduler {",
            "public final class RandomScheduler implements Scheduler {\n"
                + "  public int machines() {\n    return 0;\n  }\n");

    assertThat(testsCompiledAgain(changed))
        .as("tests compiled again when a type they name gained a public method")
        .contains("io/kubelab/scheduler/RandomSchedulerTest.java");
    assertThat(incremental(changed))
        .as("the class files, byte for byte, of an incremental and a full compile")
        .isEqualTo(full(changed));
  }

  @Test
  @DisplayName("reports a kit test that no longer compiles against a changed signature")
  void signatureChangeBreaksItsUsers(@TempDir Path dir) throws IOException {
    Path exercises = TestKit.pristine(dir);
    Path file = exercises.resolve("src/main/java/io/kubelab/scheduler/RandomScheduler.java");
    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "public RandomScheduler(RandomGenerator random) {",
                "public RandomScheduler(RandomGenerator random, int extra) {"));
    Submission changed = Submission.read(exercises, TestKit.kit());

    try (Workspace workspace = Workspace.create(TestKit.kit(), changed, false)) {
      workspace.cleanOutput();
      assertThat(build.compileMain(workspace, COMPILER, false).succeeded())
          .as("the main sources still compile")
          .isTrue();
      SourceCompiler.Result tests = build.compileTests(workspace, COMPILER, false);
      assertThat(tests.errors().keySet())
          .as("test sources that no longer compile")
          .extracting(workspace::relative)
          .contains("src/test/java/io/kubelab/scheduler/RandomSchedulerTest.java");
    }
  }

  @Test
  @DisplayName("gives a full compile's class files over class folders seeded ahead, once only")
  void seededAheadMatchesAFullCompile(@TempDir Path dir) throws IOException {
    Map<String, Submission> submissions = new LinkedHashMap<>();
    submissions.put(
        "the solved kit", Submission.read(TestKit.solved(dir.resolve("solved")), TestKit.kit()));
    submissions.put(
        "a changed signature",
        edited(
            dir.resolve("signature"),
            "src/main/java/io/kubelab/scheduler/RandomScheduler.java",
            "public final class RandomScheduler implements Scheduler {",
            "public final class RandomScheduler implements Scheduler {\n"
                + "  public int machines() {\n    return 0;\n  }\n"));
    submissions.put(
        "a changed constant",
        edited(
            dir.resolve("constant"),
            "src/main/java/io/kubelab/tools/EtcdErrors.java",
            "TEST_FAILED = 101;",
            "TEST_FAILED = 102;"));

    for (var submission : submissions.entrySet()) {
      Path ahead =
          Files.createDirectories(dir.resolve("ahead-" + submission.getKey().replace(' ', '-')));
      Workspace.prepare(TestKit.kit(), false, ahead);
      build.seedAhead(ahead);
      try (Workspace workspace =
          Workspace.create(TestKit.kit(), submission.getValue(), false, ahead)) {
        assertThat(build.takeSeededAhead(workspace)).as("seeded ahead, the first time").isTrue();
        assertThat(build.takeSeededAhead(workspace)).as("seeded ahead, the second time").isFalse();
        assertThat(build.compileMain(workspace, COMPILER, true).errors()).isEmpty();
        assertThat(build.compileTests(workspace, COMPILER, true).errors()).isEmpty();
        assertThat(classFiles(workspace))
            .as("the class files of %s, seeded ahead, against a full compile", submission.getKey())
            .isEqualTo(full(submission.getValue()));
      }
    }
  }

  /** The pristine kit with {@code target} replaced by {@code replacement} in {@code file}. */
  private static Submission edited(Path dir, String file, String target, String replacement)
      throws IOException {
    Path exercises = TestKit.pristine(dir);
    Path source = exercises.resolve(file);
    String text = Files.readString(source);
    assertThat(text).as("the kit file %s to edit", file).contains(target);
    Files.writeString(source, text.replace(target, replacement));
    Submission submission = Submission.read(exercises, TestKit.kit());
    Map<String, byte[]> files = new LinkedHashMap<>(submission.files());
    // A kit file that is no student's is laid over the kit as a student's would be.
    files.put(file, Files.readAllBytes(source));
    return new Submission(submission.label(), files, submission.problems());
  }

  /** The test sources, below the test source folder, that the incremental build compiled. */
  private static Set<String> testsCompiledAgain(Submission submission) throws IOException {
    try (Workspace workspace = Workspace.create(TestKit.kit(), submission, false)) {
      workspace.cleanOutput();
      assertThat(build.compileMain(workspace, COMPILER, false).errors())
          .as("errors of the main compile")
          .isEmpty();
      SourceCompiler.Result tests = build.compileTests(workspace, COMPILER, false);
      assertThat(tests.errors()).as("errors of the test compile").isEmpty();
      Set<String> compiled = new TreeSet<>();
      tests
          .generated()
          .keySet()
          .forEach(source -> compiled.add(workspace.testSources().relativize(source).toString()));
      return compiled;
    }
  }

  private static Map<String, String> incremental(Submission submission) throws IOException {
    try (Workspace workspace = Workspace.create(TestKit.kit(), submission, false)) {
      workspace.cleanOutput();
      assertThat(build.compileMain(workspace, COMPILER, false).errors())
          .as("the main sources compile without errors")
          .isEmpty();
      assertThat(build.compileTests(workspace, COMPILER, false).errors())
          .as("the tests compile without errors")
          .isEmpty();
      return classFiles(workspace);
    }
  }

  private static Map<String, String> full(Submission submission) throws IOException {
    try (Workspace workspace = Workspace.create(TestKit.kit(), submission, false)) {
      workspace.cleanOutput();
      List<Path> classpath = new ArrayList<>(TestJvm.ownClasspath());
      assertThat(
              COMPILER
                  .compile(
                      Workspace.javaFiles(workspace.mainSources()),
                      workspace.mainClasses(),
                      classpath)
                  .errors())
          .as("the main sources compile without errors")
          .isEmpty();
      classpath.add(workspace.mainClasses());
      assertThat(
              COMPILER
                  .compile(
                      Workspace.javaFiles(workspace.testSources()),
                      workspace.testClasses(),
                      classpath)
                  .errors())
          .as("the tests compile without errors")
          .isEmpty();
      return classFiles(workspace);
    }
  }

  /**
   * The class files of both output folders, as paths below them with "test:" for tests, each with a
   * digest of its bytes.
   */
  private static Map<String, String> classFiles(Workspace workspace) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path root : List.of(workspace.mainClasses(), workspace.testClasses())) {
      String prefix = root.equals(workspace.testClasses()) ? "test:" : "";
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(prefix + root.relativize(file), Sha256.hex(Files.readAllBytes(file)));
        }
      }
    }
    return files;
  }
}
