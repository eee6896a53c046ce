package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental build gives the tests the class files a full compile would: the same names, none
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
        .as("the incremental build writes the classes a full build writes")
        .isEqualTo(full(solved))
        .contains("io/kubelab/util/StringSet.class");
  }

  @Test
  @DisplayName("leaves out the classes a changed file no longer declares (the private stringSet)")
  void deletedClassIsGone(@TempDir Path dir) throws IOException {
    Submission solved = Submission.read(TestKit.solved(dir), TestKit.kit());

    assertThat(incremental(solved))
        .as("the changed class is rebuilt and the class that no longer exists is gone")
        .contains("io/kubelab/registry/MinionList.class")
        .doesNotContain("io/kubelab/registry/MinionList$stringSet.class");
  }

  @Test
  @DisplayName("compiles an unchanged kit to the pristine class files")
  void pristineKitMatchesAFullCompile(@TempDir Path dir) throws IOException {
    Submission pristine = Submission.read(TestKit.pristine(dir), TestKit.kit());

    assertThat(incremental(pristine))
        .as("the pristine kit builds the same either way")
        .isEqualTo(full(pristine));
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
      assertThat(build.compileMain(workspace, COMPILER).succeeded())
          .as("the main sources still compile")
          .isTrue();
      SourceCompiler.Result tests = build.compileTests(workspace, COMPILER);
      assertThat(tests.errors().keySet())
          .as("the test that uses the changed signature fails to compile")
          .extracting(workspace::relative)
          .contains("src/test/java/io/kubelab/scheduler/RandomSchedulerTest.java");
    }
  }

  private static Set<String> incremental(Submission submission) throws IOException {
    try (Workspace workspace = Workspace.create(TestKit.kit(), submission, false)) {
      workspace.cleanOutput();
      assertThat(build.compileMain(workspace, COMPILER).errors())
          .as("the main sources compile without errors")
          .isEmpty();
      assertThat(build.compileTests(workspace, COMPILER).errors())
          .as("the tests compile without errors")
          .isEmpty();
      return classFiles(workspace);
    }
  }

  private static Set<String> full(Submission submission) throws IOException {
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

  /** The class files of both output folders, as paths below them, with "test:" for tests. */
  private static Set<String> classFiles(Workspace workspace) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path root : List.of(workspace.mainClasses(), workspace.testClasses())) {
      String prefix = root.equals(workspace.testClasses()) ? "test:" : "";
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .forEach(file -> names.add(prefix + root.relativize(file).toString()));
      }
    }
    return names;
  }
}
