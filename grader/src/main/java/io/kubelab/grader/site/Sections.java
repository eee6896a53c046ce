package io.kubelab.grader.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Sections splits a lesson at its {@code ##} headings (outside code blocks), the unit in which the
 * two languages of a lesson are kept in step.
 */
final class Sections {
  private Sections() {}

  /** Returns the {@code ##} sections of {@code markdown}, each from its heading to the next. */
  static List<String> of(String markdown) {
    List<String> sections = new ArrayList<>();
    StringBuilder current = null;
    boolean code = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        code = !code;
      }
      if (!code && line.startsWith("## ")) {
        if (current != null) {
          sections.add(current.toString());
        }
        current = new StringBuilder();
      }
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.add(current.toString());
    }
    return sections;
  }
}
