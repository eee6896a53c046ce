package io.kubelab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SubmissionEntry is one entry of the folder handed to {@code grade-all}: a student's directory,
 * zip or git repository, and the name their reports are filed under.
 */
public record SubmissionEntry(String student, Path path) {

  /** What the folder held: the submissions, and the entries that are not one. */
  record Listing(List<SubmissionEntry> submissions, List<String> ignored) {}

  /**
   * Lists the submissions in {@code folder}, sorted by name; hidden entries and {@code out} (if it
   * lies inside the folder) are left out, and files that are not zips are reported as ignored.
   */
  static Listing list(Path folder, Path out) throws IOException {
    List<Path> paths;
    try (Stream<Path> children = Files.list(folder)) {
      paths = children.sorted().toList();
    }
    List<Path> accepted = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (Path path : paths) {
      String name = path.getFileName().toString();
      if (name.startsWith(".") || sameFile(path, out)) {
        continue;
      }
      if (Files.isDirectory(path) || name.endsWith(".zip")) {
        accepted.add(path);
      } else {
        ignored.add(name + " is neither a folder, a git repository nor a .zip file");
      }
    }
    Map<String, Integer> uses = new HashMap<>();
    accepted.forEach(path -> uses.merge(student(path), 1, Integer::sum));
    List<SubmissionEntry> submissions = new ArrayList<>();
    for (Path path : accepted) {
      String student = student(path);
      // alice/ and alice.zip side by side: each keeps its full name, so neither overwrites.
      submissions.add(
          new SubmissionEntry(
              uses.get(student) > 1 ? safe(path.getFileName().toString()) : student, path));
    }
    return new Listing(submissions, ignored);
  }

  private static String student(Path path) {
    String name = path.getFileName().toString();
    for (String suffix : List.of(".zip", ".git")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return safe(name);
  }

  /** Keeps letters, digits and {@code . _ - @}; anything else could not be a folder name. */
  private static String safe(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._@-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(b) && Files.isSameFile(a, b);
  }
}
