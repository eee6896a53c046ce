package io.kubelab.grader.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Kit is a kubelab checkout: the catalog, {@code exercises/} with the kit's own sources and tests,
 * {@code solutions/}, {@code lessons/}, the hidden tests, and the stubs every grading starts from.
 *
 * <p>The stubs are kept apart from {@code exercises/} because a student works in {@code exercises/}
 * itself: grading their own kit, the grader must still know what the untouched stub was, to see
 * what they changed and to fall back on it when a file does not compile.
 */
public record Kit(Path root, Catalog catalog) {
  /** The catalog, relative to a kit's root. */
  public static final String CATALOG = "catalog.toml";

  /** The student's project, with the kit's own sources and visible tests. */
  public static final String EXERCISES = "exercises";

  /** The reference solutions, at the same paths as in {@link #EXERCISES}. */
  public static final String SOLUTIONS = "solutions";

  /** One Markdown lesson per pull request. */
  public static final String LESSONS = "lessons";

  /** The pristine student-editable files. */
  public static final String STUBS = "grader/stubs";

  /** The hidden tests, laid out like a test source root. */
  public static final String HIDDEN_TESTS = "grader/hidden";

  /** Known correct and known-wrong variants of the exercises, one folder per variant. */
  public static final String VARIANTS = "grader/src/test/variants";

  /** Golden fixtures: scenario submissions with the grades they must get. */
  public static final String FIXTURES = "grader/fixtures";

  /** The grader's jar, as {@code ./kubelab} builds it. */
  public static final String GRADER_JAR = "grader/target/kubelab-grader.jar";

  /** Opens the kit at {@code root}. */
  public static Kit open(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path catalogFile = absolute.resolve(CATALOG);
    if (!Files.isRegularFile(catalogFile)) {
      throw new IOException("no kubelab kit at " + absolute + ": catalog.toml is missing");
    }
    return new Kit(absolute, Catalog.load(catalogFile));
  }

  /**
   * Finds the kit: the {@code kubelab.home} system property (set by the launcher), else the nearest
   * folder at or above the working directory that holds a {@code catalog.toml}.
   */
  public static Kit locate() throws IOException {
    String home = System.getProperty("kubelab.home");
    if (home != null) {
      return open(Path.of(home));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(CATALOG))) {
        return open(dir);
      }
    }
    throw new IOException("not inside a kubelab kit: no catalog.toml here or above");
  }

  /** The catalog file this kit was opened from. */
  public Path catalogFile() {
    return root.resolve(CATALOG);
  }

  public Path exercises() {
    return root.resolve(EXERCISES);
  }

  /**
   * The pristine student-editable files, at the same paths as in {@code exercises/}; the kit's
   * self-check proves they are what {@code exercises/} holds in the kit as shipped.
   */
  public Path stubs() {
    return root.resolve(STUBS);
  }

  /** Returns the pristine stub of the student-editable {@code file}, a path in exercises/. */
  public Path stub(String file) {
    return stubs().resolve(file);
  }

  /** Returns whether {@code content} is the untouched stub of the student-editable {@code file}. */
  public boolean isStub(String file, byte[] content) throws IOException {
    return Arrays.equals(content, Files.readAllBytes(stub(file)));
  }

  public Path solutions() {
    return root.resolve(SOLUTIONS);
  }

  public Path lessons() {
    return root.resolve(LESSONS);
  }

  public Path variants() {
    return root.resolve(VARIANTS);
  }

  public Path fixtures() {
    return root.resolve(FIXTURES);
  }

  public Path graderJar() {
    return root.resolve(GRADER_JAR);
  }

  /** The hidden tests, laid out like a test source root; absent from a student's kit. */
  public Path hiddenTests() {
    return root.resolve(HIDDEN_TESTS);
  }

  /**
   * Returns whether this kit has hidden tests; a student's kit has none, so what it scores is the
   * visible tests only and never a grade.
   */
  public boolean hasHiddenTests() {
    return Files.isDirectory(hiddenTests());
  }
}
