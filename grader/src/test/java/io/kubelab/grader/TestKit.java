package io.kubelab.grader;

import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** TestKit opens the kit under test and builds submissions from its exercises and solutions. */
public final class TestKit {
  private TestKit() {}

  public static Kit kit() {
    try {
      return Kit.locate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the pristine {@code exercises/} into {@code dir} and returns the copy. */
  public static Path pristine(Path dir) throws IOException {
    Path copy = dir.resolve("exercises");
    copyTree(kit().exercises(), copy);
    return copy;
  }

  /** Copies {@code exercises/} with {@code solutions/} laid over it: the solved kit. */
  public static Path solved(Path dir) throws IOException {
    Path copy = pristine(dir);
    copyTree(kit().solutions(), copy);
    return copy;
  }

  /** Lays the files under {@code overlay} (paths relative to exercises/) over {@code exercises}. */
  static Path overlay(Path exercises, Path overlay) throws IOException {
    try (Stream<Path> files = Files.walk(overlay)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path target = exercises.resolve(overlay.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return exercises;
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(f -> !f.toString().contains("/target/")).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
