package io.kubelab.grader.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * ExerciseRegion is the lines between a {@code // BEGIN EXERCISE <id>} and its {@code // END
 * EXERCISE} in a student-editable file: what exercise {@code id} asks a student to write, so a
 * mutant on one of these lines measures that exercise's checks.
 */
public record ExerciseRegion(String exercise, int firstLine, int lastLine) {
  private static final String BEGIN = "// BEGIN EXERCISE";
  private static final String END = "// END EXERCISE";

  /** Returns whether line {@code line} (1-based) is inside this region. */
  public boolean contains(int line) {
    return line >= firstLine && line <= lastLine;
  }

  /** Returns the regions of {@code source}, the text of {@code file}, in file order. */
  public static List<ExerciseRegion> of(String file, String source) {
    List<ExerciseRegion> regions = new ArrayList<>();
    String open = null;
    int openedAt = 0;
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      if (line.startsWith(BEGIN)) {
        if (open != null) {
          throw new IllegalArgumentException(
              file + ":" + number + ": " + BEGIN + " inside the region opened at line " + openedAt);
        }
        open = line.substring(BEGIN.length()).strip();
        if (open.isEmpty()) {
          throw new IllegalArgumentException(
              file + ":" + number + ": " + BEGIN + " names no exercise");
        }
        openedAt = number;
      } else if (line.startsWith(END)) {
        if (open == null) {
          throw new IllegalArgumentException(
              file + ":" + number + ": " + END + " without " + BEGIN);
        }
        regions.add(new ExerciseRegion(open, openedAt + 1, number - 1));
        open = null;
      }
    }
    if (open != null) {
      throw new IllegalArgumentException(
          file + ":" + openedAt + ": " + BEGIN + " " + open + " is never closed");
    }
    return regions;
  }
}
