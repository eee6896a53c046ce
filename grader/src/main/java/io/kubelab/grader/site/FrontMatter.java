package io.kubelab.grader.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FrontMatter splits a lesson file into its Docusaurus front matter (the {@code ---} block of
 * simple {@code key: value} lines at the top) and the Markdown a reader sees.
 */
public record FrontMatter(Map<String, String> fields, String body) {
  private static final String FENCE = "---\n";

  public FrontMatter {
    fields = Map.copyOf(fields);
  }

  /**
   * Parses {@code markdown}; a file without front matter has no fields and is all body.
   *
   * @throws IllegalArgumentException if the front matter is not closed or a line is not {@code key:
   *     value}
   */
  public static FrontMatter parse(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    if (!text.startsWith(FENCE)) {
      return new FrontMatter(Map.of(), text);
    }
    int end = text.indexOf("\n" + FENCE, FENCE.length() - 1);
    if (end < 0) {
      throw new IllegalArgumentException("front matter opened with --- is never closed");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.substring(FENCE.length(), end + 1).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("front matter line is not 'key: value': " + line);
      }
      fields.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
    }
    return new FrontMatter(fields, text.substring(end + 1 + FENCE.length()).stripLeading());
  }

  /** Returns the value of {@code key}, or {@code fallback} when the front matter has none. */
  public String field(String key, String fallback) {
    return fields.getOrDefault(key, fallback);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"");
    }
    return value;
  }
}
