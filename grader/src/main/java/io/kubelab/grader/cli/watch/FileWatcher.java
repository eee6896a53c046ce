package io.kubelab.grader.cli.watch;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * FileWatcher tells {@code watch} which student-editable files were saved with new content.
 *
 * <p>It listens to the folders that hold the catalog's files (the operating system's file events,
 * so a save is seen within milliseconds) and compares contents, so a save that changes nothing, an
 * editor's backup file or a touched timestamp triggers no check. Editors save in steps (write a
 * temporary file, rename it over the old one), so it waits until the folder has been quiet for a
 * moment. It also looks every {@value #POLL_MILLIS} ms without an event, for file systems that do
 * not report changes.
 */
final class FileWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 30;
  private static final long POLL_MILLIS = 1000;

  private final Kit kit;
  private final List<String> files;
  private final WatchService service;
  private final Map<String, byte[]> seen = new LinkedHashMap<>();

  FileWatcher(Kit kit) throws IOException {
    this.kit = kit;
    this.files =
        kit.catalog().exercises().stream()
            .flatMap(exercise -> exercise.files().stream())
            .distinct()
            .toList();
    this.service = FileSystems.getDefault().newWatchService();
    Set<Path> folders = new LinkedHashSet<>();
    for (String file : files) {
      folders.add(kit.exercises().resolve(file).getParent());
    }
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        folder.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
    changed();
  }

  /**
   * Calls {@code onChange} with the files whose content changed, on this thread, until the watcher
   * is closed.
   */
  void run(Consumer<Set<String>> onChange) {
    try {
      while (true) {
        var key = service.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (key != null) {
          // Let the editor finish its save before reading the files.
          do {
            key.pollEvents();
            key.reset();
          } while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null);
        }
        Set<String> changed = changed();
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      // watch is ending.
    }
  }

  /** Returns the files whose content differs from what was seen last, and remembers the new. */
  private synchronized Set<String> changed() {
    Set<String> changed = new LinkedHashSet<>();
    for (String file : files) {
      byte[] content;
      try {
        Path path = kit.exercises().resolve(file);
        content = Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
      } catch (IOException unreadable) {
        // Mid-save on some systems; the next event or poll reads it again.
        continue;
      }
      byte[] before = seen.put(file, content);
      if (before != null && !Arrays.equals(before, content)) {
        changed.add(file);
      }
    }
    return changed;
  }

  /** Returns the exercises {@code changed} belongs to, in course order. */
  static List<Exercise> owners(Kit kit, Set<String> changed) {
    return kit.catalog().exercisesEditing(changed::contains);
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
