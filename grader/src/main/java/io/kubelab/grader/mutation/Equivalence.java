package io.kubelab.grader.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Equivalence is a surviving mutant judged equivalent to the solution, with the reason: no correct
 * check can tell them apart, so it does not count against the exercise's score. It names the mutant
 * by class, method, the text of the mutated line and PIT's description, not by line number, so it
 * still matches after lines above it move.
 */
public record Equivalence(
    String mutatedClass, String method, String source, String description, String reason) {

  /** The header line of the list, naming its tab-separated columns. */
  public static final String HEADER = "class\tmethod\tsource\tmutation\treason";

  /** Returns whether this entry names {@code mutant}, whose mutated line reads {@code line}. */
  public boolean matches(Mutant mutant, String line) {
    return mutant.mutatedClass().equals(mutatedClass)
        && mutant.method().equals(method)
        && mutant.description().equals(description)
        && line.strip().equals(source);
  }

  /**
   * Reads the list in {@code file}: {@link #HEADER} first, then one entry per line; lines that
   * start with {@code #} and blank lines are comments.
   */
  public static List<Equivalence> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads a list whose text is {@code text}, named {@code name} in error messages. */
  static List<Equivalence> parse(String text, String name) throws IOException {
    List<Equivalence> entries = new ArrayList<>();
    boolean headerSeen = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + (i + 1);
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw new IOException(where + ": the first line must be the header '" + HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5) {
        throw new IOException(
            where + ": expected 5 tab-separated fields (" + HEADER + "), found " + fields.length);
      }
      for (int f = 0; f < fields.length; f++) {
        if (fields[f].isBlank()) {
          throw new IOException(where + ": field " + HEADER.split("\t")[f] + " is empty");
        }
      }
      entries.add(new Equivalence(fields[0], fields[1], fields[2].strip(), fields[3], fields[4]));
    }
    if (!headerSeen) {
      throw new IOException(name + ": no header line '" + HEADER + "'");
    }
    return entries;
  }
}
