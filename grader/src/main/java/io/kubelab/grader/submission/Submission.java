package io.kubelab.grader.submission;

import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submission is what the grader takes from a student: the catalog's student-editable files, found
 * in an {@code exercises/} directory (or a kit that contains one), a zip of either, or a git
 * repository at its HEAD, and the problems met while taking them.
 *
 * <p>Nothing else is used: tests, support classes and build files always come from the kit, so a
 * submission cannot change how it is graded; a changed kit file is named in the report so the
 * student knows it was not used. Nothing is extracted to disk either, so archive paths such as
 * {@code ../x} or {@code /etc/x} can never escape, and symbolic links are refused rather than
 * followed.
 */
public record Submission(String label, Map<String, byte[]> files, List<String> problems) {

  /** Larger files are refused: no exercise needs more than a few kilobytes. */
  static final long MAX_FILE_BYTES = 1 << 20;

  /** At most this many other files are named when they are ignored. */
  private static final int NAMED_EXTRAS = 5;

  public Submission {
    files = Map.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * Reads the student-editable files of {@code kit}'s catalog from the directory, zip or git
   * repository at {@code path}.
   */
  public static Submission read(Path path, Kit kit) throws IOException {
    return take(path.toString(), SubmissionTree.open(path), kit);
  }

  private static Submission take(String label, SubmissionTree tree, Kit kit) throws IOException {
    List<String> wanted = kit.catalog().studentFiles();
    List<String> problems = new ArrayList<>(tree.problems());
    if (tree.entries().keySet().stream().noneMatch(name -> isStudentFile(name, wanted))) {
      // Grading it would give 0 points as if the student had submitted the untouched stubs.
      throw new IOException(
          label
              + " holds no kubelab submission: none of the exercise files ("
              + String.join(", ", wanted.subList(0, Math.min(NAMED_EXTRAS, wanted.size())))
              + (wanted.size() > NAMED_EXTRAS ? ", ..." : "")
              + ") is in it, at any depth");
    }
    String prefix = prefix(tree.entries().keySet(), wanted);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : wanted) {
      SubmissionTree.Entry entry = tree.entries().get(prefix + name);
      if (entry == null || entry.type() == SubmissionTree.EntryType.DIRECTORY) {
        problems.add(
            name
                + " is missing from the submission; its exercise was graded on the untouched stub");
      } else if (entry.type() == SubmissionTree.EntryType.SYMLINK) {
        problems.add(
            name
                + " is a symbolic link; only regular files are graded, so it was ignored and its"
                + " exercise graded on the untouched stub");
      } else if (entry.size() > MAX_FILE_BYTES) {
        problems.add(
            name
                + " has "
                + entry.size()
                + " bytes, more than the "
                + MAX_FILE_BYTES
                + " a file may have; it was ignored");
      } else {
        byte[] bytes = entry.read();
        SourceText.Decoded text = SourceText.decode(bytes);
        text.note().ifPresent(note -> problems.add(name + " " + note));
        files.put(name, text.utf8());
      }
    }
    problems.addAll(ignored(tree, prefix, wanted, kit));
    return new Submission(label, files, problems);
  }

  /**
   * Names the kit files the submission changed (tests, support code, build files) and the files
   * that belong to no exercise: none of them was used, and the student should know.
   */
  private static List<String> ignored(
      SubmissionTree tree, String prefix, List<String> wanted, Kit kit) throws IOException {
    List<String> changed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (var named : tree.entries().entrySet()) {
      String name = named.getKey();
      SubmissionTree.Entry entry = named.getValue();
      if (!name.startsWith(prefix) || entry.type() == SubmissionTree.EntryType.DIRECTORY) {
        continue;
      }
      String relative = name.substring(prefix.length());
      if (wanted.contains(relative) || hiddenFromReport(relative)) {
        continue;
      }
      Path inKit = kit.exercises().resolve(relative).normalize();
      if (!inKit.startsWith(kit.exercises())) {
        continue;
      }
      if (Files.isRegularFile(inKit)) {
        if (entry.type() != SubmissionTree.EntryType.FILE
            || entry.size() != Files.size(inKit)
            || !Arrays.equals(entry.read(), Files.readAllBytes(inKit))) {
          changed.add(relative);
        }
      } else {
        extra.add(relative);
      }
    }
    List<String> notes = new ArrayList<>();
    if (!changed.isEmpty()) {
      notes.add(
          "You changed "
              + String.join(", ", changed)
              + ". Tests, support code and build files always come from the kit, so these changes"
              + " were not used; only the exercise files are graded.");
    }
    if (!extra.isEmpty()) {
      notes.add(
          extra.size()
              + " file(s) that belong to no exercise were ignored: "
              + String.join(", ", extra.subList(0, Math.min(NAMED_EXTRAS, extra.size())))
              + (extra.size() > NAMED_EXTRAS ? ", ..." : "")
              + ". Code the exercises need must go into the exercise files.");
    }
    return notes;
  }

  /** Build output, editor and tool files that a submitted folder naturally contains. */
  private static boolean hiddenFromReport(String relative) {
    return relative.startsWith("target/")
        || relative.startsWith(".")
        || relative.contains("/.")
        || !relative.startsWith("src/") && !relative.equals("pom.xml");
  }

  private static boolean isStudentFile(String name, List<String> wanted) {
    return wanted.stream().anyMatch(file -> name.equals(file) || name.endsWith("/" + file));
  }

  /**
   * Returns the folder inside the submission that plays {@code exercises/}: the shortest prefix
   * under which some student-editable file appears ("", "exercises/", "alice/exercises/", ...).
   */
  private static String prefix(Iterable<String> names, List<String> wanted) {
    List<String> prefixes = new ArrayList<>();
    for (String name : names) {
      for (String file : wanted) {
        if (name.equals(file) || name.endsWith("/" + file)) {
          prefixes.add(name.substring(0, name.length() - file.length()));
        }
      }
    }
    return prefixes.stream().min(Comparator.comparingInt(String::length)).orElse("");
  }
}
