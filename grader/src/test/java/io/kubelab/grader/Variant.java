package io.kubelab.grader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Variant is an alternative implementation of one exercise kept under {@code src/test/variants}: a
 * correct one that must get full marks, or a known-wrong one that must lose points on the check
 * named for its fault.
 */
record Variant(
    String exercise,
    String name,
    boolean correct,
    String description,
    String caughtBy,
    Path files) {
  static final Path ROOT = TestKit.kit().root().resolve("grader/src/test/variants");

  /**
   * While iterating on a few, {@code -Dkubelab.variants=update-manifests,jetcd-txn/index-plus-one}
   * keeps only the variants whose {@code exercise/name} starts with one of the prefixes.
   */
  static final String FILTER = "kubelab.variants";

  static List<Variant> all() {
    try (Stream<Path> exercises = Files.list(ROOT)) {
      return exercises.sorted().flatMap(Variant::variantsOf).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every variant, or those {@link #FILTER} selects when it is set. */
  static List<Variant> selected() {
    List<String> prefixes =
        Stream.of(System.getProperty(FILTER, "").split(","))
            .map(String::strip)
            .filter(prefix -> !prefix.isEmpty())
            .toList();
    return all().stream()
        .filter(v -> prefixes.isEmpty() || prefixes.stream().anyMatch(v.toString()::startsWith))
        .toList();
  }

  private static Stream<Variant> variantsOf(Path exerciseDir) {
    try {
      return Files.list(exerciseDir).sorted().map(Variant::read).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Variant read(Path dir) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve("variant.properties"))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String kind = properties.getProperty("kind");
    if (!kind.equals("correct") && !kind.equals("wrong")) {
      throw new IllegalArgumentException(dir + ": kind must be correct or wrong, not " + kind);
    }
    return new Variant(
        dir.getParent().getFileName().toString(),
        dir.getFileName().toString(),
        kind.equals("correct"),
        properties.getProperty("description", ""),
        properties.getProperty("caught_by", ""),
        dir);
  }

  @Override
  public String toString() {
    return exercise + "/" + name;
  }
}
