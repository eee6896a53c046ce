package io.kubelab.grader.cli;

import io.kubelab.grader.cli.student.Exercises;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups keeps a copy of an exercise's files before {@code reset} replaces them, under {@code
 * exercises/.kubelab/backups/<time>-<exercise>/} (ignored by git), so a mistaken reset loses
 * nothing: the exported kit is not a git repository, and this is its only undo.
 */
final class Backups {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Kit kit;

  Backups(Kit kit) {
    this.kit = kit;
  }

  Path folder() {
    return kit.exercises().resolve(".kubelab").resolve("backups");
  }

  /**
   * Copies the files of {@code exercise} that hold something other than the stub into a new backup
   * folder; returns it, or empty when every file is the stub (nothing to lose).
   */
  Optional<Path> keep(Exercise exercise) throws IOException {
    if (Exercises.isStub(kit, exercise)) {
      return Optional.empty();
    }
    Path backup = folder().resolve(STAMP.format(Instant.now()) + "-" + exercise.id());
    for (String file : exercise.files()) {
      Path source = kit.exercises().resolve(file);
      if (Files.isRegularFile(source)) {
        Path target = backup.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return Optional.of(backup);
  }

  /** Returns the newest backup of {@code exercise}, if any. */
  Optional<Path> latest(Exercise exercise) throws IOException {
    if (!Files.isDirectory(folder())) {
      return Optional.empty();
    }
    try (Stream<Path> backups = Files.list(folder())) {
      // The names start with a UTC time stamp, so the last in name order is the newest.
      return backups
          .filter(dir -> dir.getFileName().toString().endsWith("-" + exercise.id()))
          .filter(Files::isDirectory)
          .max(Path::compareTo);
    }
  }

  /**
   * Copies the files kept in {@code backup} back into {@code exercises/} and removes the backup, so
   * the next undo goes one reset further back; returns the files.
   */
  List<String> restore(Exercise exercise, Path backup) throws IOException {
    List<String> restored =
        exercise.files().stream()
            .filter(file -> Files.isRegularFile(backup.resolve(file)))
            .toList();
    for (String file : restored) {
      Path target = kit.exercises().resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(backup.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
    }
    FileTrees.delete(backup);
    return restored;
  }

  /** The path of {@code backup} as the student sees it, from the kit's folder. */
  String shown(Path backup) {
    return kit.root().relativize(backup).toString().replace('\\', '/');
  }
}
