package io.kubelab.grader;

import java.util.ArrayList;
import java.util.List;

/**
 * ExerciseRegions splits a student file into what lies outside its {@code // BEGIN EXERCISE} ...
 * {@code // END EXERCISE} regions and what lies inside them.
 */
public record ExerciseRegions(List<String> outside, List<String> inside) {
  private static final String BEGIN = "// BEGIN EXERCISE";
  private static final String END = "// END EXERCISE";

  public static ExerciseRegions of(String source) {
    List<String> outside = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    StringBuilder region = null;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith(BEGIN)) {
        if (region != null) {
          throw new IllegalArgumentException("nested " + BEGIN + ": " + line);
        }
        region = new StringBuilder();
        outside.add(trimmed);
      } else if (trimmed.startsWith(END)) {
        if (region == null) {
          throw new IllegalArgumentException(END + " without " + BEGIN);
        }
        inside.add(region.toString());
        region = null;
        outside.add(trimmed);
      } else if (region != null) {
        region.append(line).append('\n');
      } else {
        outside.add(line);
      }
    }
    if (region != null) {
      throw new IllegalArgumentException(BEGIN + " without " + END);
    }
    return new ExerciseRegions(outside, inside);
  }
}
