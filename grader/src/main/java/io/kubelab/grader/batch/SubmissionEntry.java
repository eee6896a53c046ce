package io.kubelab.grader.batch;

import io.kubelab.grader.files.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SubmissionEntry is one entry of the folder handed to {@code grade-all}: a student's directory,
 * zip or git repository, the student's real {@code name} (the entry's name without {@code .zip} or
 * {@code .git}) and the {@code student} id their reports are filed under.
 *
 * <p>Ids are unique in the class by construction, so no two students ever share a report folder: an
 * id is the name itself when that is a safe folder name no other entry maps to, even when letters
 * differ only in case; otherwise it is the name made safe, a {@value #SEPARATOR} (which no safe
 * name contains) and a digest of the entry's full file name, which the folder makes unique. An id
 * depends only on the entries present, so a re-run files each student under the same id and
 * resumes.
 */
public record SubmissionEntry(String student, String name, Path path) {

  /** Joins a readable id to its disambiguator; never part of a safe name. */
  static final char SEPARATOR = '+';

  /** The shortest disambiguator: 32 bits tell apart any two names met in practice. */
  private static final int DIGEST_CHARS = 8;

  /** Names that grade-all writes next to the student folders; a student named so is renamed. */
  private static final Set<String> RESERVED =
      Set.of("gradebook.csv", "summary.md", BatchGrader.JOURNAL, RunRecord.FILE);

  /** What the folder held: the submissions, and the entries that are not one. */
  public record Listing(List<SubmissionEntry> submissions, List<String> ignored) {}

  /**
   * Lists the submissions in {@code folder}, sorted by name; hidden entries and {@code out} (if it
   * lies inside the folder) are left out, and files that are not zips are reported as ignored.
   */
  public static Listing list(Path folder, Path out) throws IOException {
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
    return new Listing(entries(accepted), ignored);
  }

  /** Gives each submission its id; see the type's description for how ids stay unique. */
  static List<SubmissionEntry> entries(List<Path> paths) {
    Map<String, Integer> uses = new HashMap<>();
    paths.forEach(path -> uses.merge(folded(name(path)), 1, Integer::sum));
    for (int digits = DIGEST_CHARS; ; digits *= 2) {
      List<SubmissionEntry> entries = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Path path : paths) {
        String name = name(path);
        String id =
            name.equals(safe(name)) && uses.get(folded(name)) == 1 && !RESERVED.contains(name)
                ? name
                : safe(name) + SEPARATOR + digest(path.getFileName().toString(), digits);
        entries.add(new SubmissionEntry(id, name, path));
        ids.add(id.toLowerCase(Locale.ROOT));
      }
      // Digests of distinct file names differ; a longer one settles the rare clash of a prefix.
      if (ids.size() == paths.size() || digits >= 64) {
        return entries;
      }
    }
  }

  /** The student's name: the entry's name without the {@code .zip} or {@code .git} it ends with. */
  private static String name(Path path) {
    String name = path.getFileName().toString();
    for (String suffix : List.of(".zip", ".git")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Two names that one folder could hold under one name: their safe forms, case aside. */
  private static String folded(String name) {
    return safe(name).toLowerCase(Locale.ROOT);
  }

  /** Keeps letters, digits and {@code . _ - @}; anything else could not be a folder name. */
  private static String safe(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._@-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  private static String digest(String fileName, int digits) {
    return Sha256.hex(fileName).substring(0, Math.min(digits, 64));
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(b) && Files.isSameFile(a, b);
  }
}
