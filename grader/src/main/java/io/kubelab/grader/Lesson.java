package io.kubelab.grader;

import java.util.List;

/** Lesson is one upstream pull request retold: its Markdown file and the commits it cites. */
public record Lesson(
    String id,
    String title,
    String file,
    int pr,
    List<Integer> relatedPrs,
    String merge,
    List<String> commits) {

  public Lesson {
    relatedPrs = relatedPrs == null ? List.of() : List.copyOf(relatedPrs);
    commits = List.copyOf(commits);
  }
}
