package io.kubelab.grader.jvm;

import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.files.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * ClassFolderJars packs the class folders on the grader's classpath into jars, so that a test JVM's
 * libraries are all jars and the {@link RunnerArchive} can cover them: a JVM archives and maps
 * classes from jars only. A grader runs from class folders when its own test suite runs it; without
 * this, each of the suite's several hundred test JVMs loads and verifies every library class anew.
 *
 * <p>A jar is named after the folder's content (each file's path, size and modification time), made
 * once and kept beside the archives, and a folder is packed once per grader process: the grader
 * does not change its own classes while it runs.
 */
final class ClassFolderJars {
  private static final Map<Path, Path> PACKED = new ConcurrentHashMap<>();

  private ClassFolderJars() {}

  /**
   * Returns {@code classpath} with each class folder replaced by a jar of its classes, in the same
   * order; if a folder cannot be packed, the classpath as it is (test JVMs then start without an
   * archive: slower, never wrong).
   */
  static List<Path> of(List<Path> classpath) {
    List<Path> jars = new ArrayList<>();
    try {
      for (Path entry : classpath) {
        jars.add(Files.isDirectory(entry) ? packed(entry) : entry);
      }
      return jars;
    } catch (IOException e) {
      return classpath;
    }
  }

  private static Path packed(Path folder) throws IOException {
    Path known = PACKED.get(folder);
    // Gone if a day unused: RunnerArchive removes what earlier builds left there.
    if (known != null && Files.isRegularFile(known)) {
      return known;
    }
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(folder)) {
      entries = walk.filter(entry -> !entry.equals(folder)).sorted().toList();
    }
    List<Path> files = entries.stream().filter(Files::isRegularFile).toList();
    MessageDigest digest = Sha256.digest();
    for (Path file : files) {
      digest.update(
          (folder.relativize(file)
                  + " "
                  + Files.size(file)
                  + " "
                  + Files.getLastModifiedTime(file).toMillis()
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path jar =
        RunnerArchive.directory()
            .resolve(Sha256.hex(digest).substring(0, 24) + "-" + folder.getFileName() + ".jar");
    if (!Files.isRegularFile(jar)) {
      AtomicFiles.write(
          jar,
          out -> {
            // Finished, not closed: the caller forces the file to disk and closes it.
            JarOutputStream packed = new JarOutputStream(out);
            for (Path entry : entries) {
              // Jar entries name folders with '/', whatever the platform's separator. Folders get
              // entries too, as the jar tool makes them, so a package is found by its path.
              String name = folder.relativize(entry).toString().replace('\\', '/');
              boolean isFolder = Files.isDirectory(entry);
              packed.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
              if (!isFolder) {
                Files.copy(entry, packed);
              }
              packed.closeEntry();
            }
            packed.finish();
          });
    }
    PACKED.put(folder, jar);
    return jar;
  }
}
