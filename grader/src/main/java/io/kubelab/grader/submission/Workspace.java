package io.kubelab.grader.submission;

import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Workspace is a private copy of the pristine kit with a submission's files laid over it, in
 * Maven's layout so tools that look for {@code target/test-classes} (ArchUnit's {@code
 * DO_NOT_INCLUDE_TESTS}) behave as under {@code mvn test}.
 */
public final class Workspace implements AutoCloseable {
  private final Kit kit;
  private final Path dir;
  private final Set<String> overlaid = new LinkedHashSet<>();

  private Workspace(Kit kit, Path dir) {
    this.kit = kit;
    this.dir = dir;
  }

  /**
   * Copies the pristine sources (with the hidden tests when asked) into a new temporary folder and
   * lays {@code submission} over them.
   */
  public static Workspace create(Kit kit, Submission submission, boolean withHiddenTests)
      throws IOException {
    return create(kit, submission, withHiddenTests, Files.createTempDirectory("kubelab-grade-"));
  }

  /** Like {@link #create(Kit, Submission, boolean)}, in {@code dir}, which the workspace owns. */
  public static Workspace create(Kit kit, Submission submission, boolean withHiddenTests, Path dir)
      throws IOException {
    Workspace workspace = new Workspace(kit, dir);
    FileTrees.copy(
        kit.exercises().resolve("src/main/java"),
        workspace.mainSources(),
        StandardCopyOption.REPLACE_EXISTING);
    FileTrees.copy(
        kit.exercises().resolve("src/test/java"),
        workspace.testSources(),
        StandardCopyOption.REPLACE_EXISTING);
    // exercises/ may be a student's working copy: the student-editable files start as the stubs.
    for (String file : kit.catalog().studentFiles()) {
      Files.copy(kit.stub(file), workspace.dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (withHiddenTests && Files.isDirectory(kit.hiddenTests())) {
      FileTrees.copy(
          kit.hiddenTests(), workspace.testSources(), StandardCopyOption.REPLACE_EXISTING);
    }
    for (var file : submission.files().entrySet()) {
      Path target = workspace.dir.resolve(file.getKey());
      if (!Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        Files.write(target, file.getValue());
        workspace.overlaid.add(file.getKey());
      }
    }
    return workspace;
  }

  public Path dir() {
    return dir;
  }

  public Path mainSources() {
    return dir.resolve("src/main/java");
  }

  public Path testSources() {
    return dir.resolve("src/test/java");
  }

  public Path mainClasses() {
    return dir.resolve("target/classes");
  }

  public Path testClasses() {
    return dir.resolve("target/test-classes");
  }

  /** Returns the files (paths in the workspace) that hold the student's changes. */
  public Set<String> changedFiles() {
    return Set.copyOf(overlaid);
  }

  /** Returns whether any of {@code exercise}'s files still holds the student's changes. */
  public boolean isChanged(Exercise exercise) {
    return exercise.files().stream().anyMatch(overlaid::contains);
  }

  /**
   * Puts {@code exercise}'s pristine stubs back, so the rest of the submission can still compile.
   */
  public void revert(Exercise exercise) throws IOException {
    for (String file : exercise.files()) {
      Files.copy(kit.stub(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      overlaid.remove(file);
    }
  }

  /** Returns the path, relative to the workspace, that {@code file} has in the kit's layout. */
  public String relative(Path file) {
    return dir.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  /** Returns every {@code .java} file under {@code root}. */
  public static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * Empties the compiler's output folders before a fresh compile. The folders themselves stay: a
   * test JVM may already be starting with them on its classpath, and a JVM that starts while a
   * classpath folder is missing never looks into it (see {@code WarmJvm}).
   */
  public void cleanOutput() throws IOException {
    for (Path output : List.of(mainClasses(), testClasses())) {
      FileTrees.empty(output);
    }
  }

  /**
   * Copies the kit's test resources into {@code target/test-classes}, as Maven does (a JUnit
   * extension of the kit's tests is registered there). Only once everything compiled: a warm JVM
   * still warming up may read a service file it finds, and must find the class it names too.
   */
  public void copyTestResources() throws IOException {
    Path testResources = kit.exercises().resolve("src/test/resources");
    if (Files.isDirectory(testResources)) {
      FileTrees.copy(testResources, testClasses(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() throws IOException {
    FileTrees.delete(dir);
  }
}
