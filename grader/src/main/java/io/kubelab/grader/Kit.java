package io.kubelab.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kit is a kubelab checkout: the catalog and the pristine {@code exercises/}, {@code solutions/},
 * {@code lessons/} and hidden tests every grading starts from.
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

  public Path solutions() {
    return root.resolve("solutions");
  }

  /** The hidden tests, laid out like a test source root; absent from a student's kit. */
  public Path hiddenTests() {
    return root.resolve("grader").resolve("hidden");
  }
}
