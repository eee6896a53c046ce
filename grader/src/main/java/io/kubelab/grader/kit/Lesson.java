package io.kubelab.grader.kit;

import java.util.List;

/**
 * Lesson is one upstream pull request retold: its Markdown file, the commits it cites, and the
 * heading of its epilogue, the section on what happened upstream afterwards, which {@code watch}
 * offers once an exercise passes.
 */
public record Lesson(
    String id,
    String title,
    String file,
    int pr,
    List<Integer> relatedPrs,
    String merge,
    String epilogue,
    List<String> commits) {

  public Lesson {
    relatedPrs = relatedPrs == null ? List.of() : List.copyOf(relatedPrs);
    commits = List.copyOf(commits);
  }

  /**
   * Returns the epilogue of the lesson {@code markdown}: the section under the {@code ##} heading
   * named by {@link #epilogue}, up to the next heading of that level; empty if there is none.
   */
  public String epilogueOf(String markdown) {
    if (epilogue == null) {
      return "";
    }
    StringBuilder section = new StringBuilder();
    boolean inside = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        inside = line.substring(3).strip().equals(epilogue);
      }
      if (inside) {
        section.append(line).append('\n');
      }
    }
    return section.toString().strip();
  }
}
