package io.kubelab.grader.files;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * FileTrees copies and deletes folder trees, one way for the whole grader, so that a workspace, a
 * student kit and a merged gradebook are all laid out by the same rules.
 */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Copies every folder and file under {@code from} to the same place under {@code to}, with {@code
   * options} (e.g. to replace files already there).
   */
  public static void copy(Path from, Path to, CopyOption... options) throws IOException {
    copy(from, to, relative -> true, options);
  }

  /**
   * Copies the folders and files under {@code from} whose path relative to it {@code wanted}
   * accepts to the same place under {@code to}, with {@code options}; each path is judged on its
   * own, so a folder's contents are skipped only if {@code wanted} refuses them too.
   */
  public static void copy(Path from, Path to, Predicate<Path> wanted, CopyOption... options)
      throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.sorted().toList();
    }
    for (Path source : paths) {
      Path relative = from.relativize(source);
      if (!wanted.test(relative)) {
        continue;
      }
      // By name, as the two trees may lie on different file systems.
      Path target = to.resolve(relative.toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(source, target, options);
      }
    }
  }

  /** Deletes {@code root} and everything under it; nothing happens if it does not exist. */
  public static void delete(Path root) throws IOException {
    deleteUnder(root, true);
  }

  /**
   * Deletes everything under the folder {@code root} but keeps the folder itself, which another
   * process may hold on to (a JVM with it on its classpath); creates it if it does not exist.
   */
  public static void empty(Path root) throws IOException {
    deleteUnder(root, false);
    Files.createDirectories(root);
  }

  private static void deleteUnder(Path root, boolean withRoot) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      // Deepest first: a folder can be deleted only once it is empty.
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      if (withRoot || !path.equals(root)) {
        Files.delete(path);
      }
    }
  }
}
