package io.kubelab.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Submission is what the grader takes from a student: the catalog's student-editable files, found
 * in an {@code exercises/} directory (or a kit that contains one) or in a zip of either, and the
 * problems met while taking them.
 *
 * <p>Nothing else is read: tests, support classes and build files always come from the kit, so a
 * submission cannot change how it is graded. Nothing is extracted to disk either, so archive paths
 * such as {@code ../x} or {@code /etc/x} can never escape.
 */
public record Submission(String label, Map<String, byte[]> files, List<String> problems) {

  /** Larger files are refused: no exercise needs more than a few kilobytes. */
  static final long MAX_FILE_BYTES = 1 << 20;

  public Submission {
    files = Map.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * Reads the student-editable files of {@code catalog} from the directory or zip at {@code path}.
   */
  public static Submission read(Path path, Catalog catalog) throws IOException {
    List<String> wanted = catalog.exercises().stream().flatMap(e -> e.files().stream()).toList();
    if (Files.isDirectory(path)) {
      return fromDirectory(path, wanted);
    }
    if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
      return fromZip(path, wanted);
    }
    throw new IOException(
        path
            + " is neither a directory nor a .zip file; submit your exercises/ folder or a zip of"
            + " it");
  }

  private static Submission fromDirectory(Path dir, List<String> wanted) throws IOException {
    Path root =
        Files.isDirectory(dir.resolve("exercises").resolve("src")) ? dir.resolve("exercises") : dir;
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String name : wanted) {
      Path file = root.resolve(name);
      if (Files.isSymbolicLink(file)) {
        problems.add(
            name + " is a symbolic link; only regular files are graded, so it was ignored");
      } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(missing(name));
      } else if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add(tooLarge(name, Files.size(file)));
      } else {
        files.put(name, Files.readAllBytes(file));
      }
    }
    return new Submission(dir.toString(), files, problems);
  }

  private static Submission fromZip(Path zip, List<String> wanted) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      List<? extends ZipEntry> entries = archive.stream().toList();
      for (ZipEntry entry : entries) {
        String name = entry.getName();
        if (name.startsWith("/")
            || name.contains("\\")
            || List.of(name.split("/")).contains("..")) {
          problems.add(
              "archive entry " + name + " was ignored: entries must stay inside the archive");
        }
      }
      String prefix = prefix(entries, wanted);
      for (String name : wanted) {
        ZipEntry entry = archive.getEntry(prefix + name);
        if (entry == null || entry.isDirectory()) {
          problems.add(missing(name));
          continue;
        }
        try (InputStream in = archive.getInputStream(entry)) {
          byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
          if (bytes.length > MAX_FILE_BYTES) {
            problems.add(tooLarge(name, entry.getSize()));
          } else {
            files.put(name, bytes);
          }
        }
      }
    }
    return new Submission(zip.toString(), files, problems);
  }

  /**
   * Returns the folder inside the archive that plays {@code exercises/}: the shortest prefix under
   * which some student-editable file appears ("", "exercises/", "alice/exercises/", ...).
   */
  private static String prefix(List<? extends ZipEntry> entries, List<String> wanted) {
    return entries.stream()
        .map(ZipEntry::getName)
        .flatMap(
            name ->
                wanted.stream()
                    .filter(file -> name.equals(file) || name.endsWith("/" + file))
                    .map(file -> name.substring(0, name.length() - file.length())))
        .filter(prefix -> !List.of(prefix.split("/")).contains(".."))
        .min(Comparator.comparingInt(String::length))
        .orElse("");
  }

  private static String missing(String name) {
    return name + " is missing from the submission; its exercise was graded on the untouched stub";
  }

  private static String tooLarge(String name, long bytes) {
    return name
        + " has "
        + bytes
        + " bytes, more than the "
        + MAX_FILE_BYTES
        + " a file may have;"
        + " it was ignored";
  }
}
