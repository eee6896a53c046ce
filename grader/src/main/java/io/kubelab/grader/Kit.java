package io.kubelab.grader;

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

  /** Opens the kit at {@code root}. */
  public static Kit open(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path catalogFile = absolute.resolve("catalog.toml");
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
      if (Files.isRegularFile(dir.resolve("catalog.toml"))) {
        return open(dir);
      }
    }
    throw new IOException("not inside a kubelab kit: no catalog.toml here or above");
  }

  public Path exercises() {
    return root.resolve("exercises");
  }

  /**
   * The pristine student-editable files, at the same paths as in {@code exercises/}; the kit's
   * self-check proves they are what {@code exercises/} holds in the kit as shipped.
   */
  public Path stubs() {
    return root.resolve("grader").resolve("stubs");
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
    return root.resolve("solutions");
  }

  /** The hidden tests, laid out like a test source root; absent from a student's kit. */
  public Path hiddenTests() {
    return root.resolve("grader").resolve("hidden");
  }

  /**
   * Returns whether this kit has hidden tests; a student's kit has none, so what it scores is the
   * visible tests only and never a grade.
   */
  public boolean hasHiddenTests() {
    return Files.isDirectory(hiddenTests());
  }
}
