package io.kubelab.grader.submission;

import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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

  private static final String MAIN_SOURCES = "src/main/java";
  private static final String TEST_SOURCES = "src/test/java";

  /** The marker {@link #prepare} leaves in a folder it filled; see there. */
  private static final String PREPARED = ".kubelab-prepared";

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

  /**
   * Like {@link #create(Kit, Submission, boolean)}, in {@code dir}, which the workspace owns. The
   * pristine sources are copied unless {@link #prepare} already copied them there and none of them
   * changed since.
   */
  public static Workspace create(Kit kit, Submission submission, boolean withHiddenTests, Path dir)
      throws IOException {
    Workspace workspace = new Workspace(kit, dir);
    Path marker = dir.resolve(PREPARED);
    boolean prepared =
        Files.isRegularFile(marker)
            && Files.readString(marker).equals(fingerprint(kit, withHiddenTests));
    if (!prepared) {
      // Not prepared, prepared for other sources, or cut short: start from nothing.
      FileTrees.delete(dir.resolve("src"));
      copyKit(kit, withHiddenTests, dir);
    }
    Files.deleteIfExists(marker);
    for (var file : submission.files().entrySet()) {
      Path target = workspace.dir.resolve(file.getKey());
      if (!Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        Files.write(target, file.getValue());
        workspace.overlaid.add(file.getKey());
      }
    }
    return workspace;
  }

  /**
   * Copies the pristine sources into {@code dir} ahead of the grading that will use it, so that a
   * grading a person waits for (watch's, on a save) only lays the submission over them. A marker
   * written last names what was copied: {@link #create} copies again if it is missing (the copy was
   * cut short) or no longer matches the kit (a test file changed meanwhile).
   */
  public static void prepare(Kit kit, boolean withHiddenTests, Path dir) throws IOException {
    String sources = fingerprint(kit, withHiddenTests);
    copyKit(kit, withHiddenTests, dir);
    Files.writeString(dir.resolve(PREPARED), sources);
  }

  private static void copyKit(Kit kit, boolean withHiddenTests, Path dir) throws IOException {
    for (SourceRoot root : sourceRoots(kit, withHiddenTests)) {
      FileTrees.copy(root.from(), dir.resolve(root.to()), StandardCopyOption.REPLACE_EXISTING);
    }
    // exercises/ may be a student's working copy: the student-editable files start as the stubs.
    for (String file : kit.catalog().studentFiles()) {
      Files.copy(kit.stub(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A folder of the kit's sources and where it goes in a workspace. */
  private record SourceRoot(Path from, String to) {}

  /**
   * The folders copied into a workspace, in order: later ones replace what earlier ones hold at the
   * same path (the hidden tests are laid over the visible ones).
   */
  private static List<SourceRoot> sourceRoots(Kit kit, boolean withHiddenTests) {
    List<SourceRoot> roots = new ArrayList<>();
    roots.add(new SourceRoot(kit.exercises().resolve(MAIN_SOURCES), MAIN_SOURCES));
    roots.add(new SourceRoot(kit.exercises().resolve(TEST_SOURCES), TEST_SOURCES));
    if (withHiddenTests && kit.hasHiddenTests()) {
      roots.add(new SourceRoot(kit.hiddenTests(), TEST_SOURCES));
    }
    return roots;
  }

  /**
   * Names every file {@link #copyKit} copies with its size and modification time: a file edited,
   * added or deleted since {@link #prepare} changes it. The student's own files are named by their
   * stubs, which replace them.
   */
  private static String fingerprint(Kit kit, boolean withHiddenTests) throws IOException {
    Set<String> studentFiles = Set.copyOf(kit.catalog().studentFiles());
    List<Path> files = new ArrayList<>();
    for (SourceRoot root : sourceRoots(kit, withHiddenTests)) {
      try (Stream<Path> walk = Files.walk(root.from())) {
        walk.filter(Files::isRegularFile)
            .filter(
                file -> !studentFiles.contains(root.to() + "/" + relativeName(root.from(), file)))
            .sorted()
            .forEach(files::add);
      }
    }
    studentFiles.stream().sorted().map(kit::stub).forEach(files::add);
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      text.append(file.toAbsolutePath())
          .append(' ')
          .append(attributes.size())
          .append(' ')
          .append(attributes.lastModifiedTime().toInstant())
          .append('\n');
    }
    return text.toString();
  }

  private static String relativeName(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  public Path dir() {
    return dir;
  }

  public Path mainSources() {
    return dir.resolve(MAIN_SOURCES);
  }

  public Path testSources() {
    return dir.resolve(TEST_SOURCES);
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
