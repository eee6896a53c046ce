package io.kubelab.grader.cli;

/**
 * MarkdownText renders the Markdown the lessons use as terminal text: headings underlined (or
 * bold), fenced code indented, {@code <details>} hints shown as "Hint N" lines, links as "text
 * (address)".
 */
final class MarkdownText {
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private MarkdownText() {}

  static String render(String markdown, boolean colour) {
    StringBuilder out = new StringBuilder();
    boolean code = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        out.append(colour ? DIM : "").append("    ").append(line).append(colour ? RESET : "");
      } else if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "");
        out.append(colour ? BOLD + title + RESET : title);
        if (!colour) {
          out.append('\n').append((line.startsWith("# ") ? "=" : "-").repeat(title.length()));
        }
      } else if (line.strip().startsWith("<details>") || line.strip().startsWith("</details>")) {
        String hint = line.replaceAll("<[^>]+>", "").strip();
        if (hint.isEmpty()) {
          continue;
        }
        out.append(colour ? BOLD + hint + ":" + RESET : hint + ":");
      } else {
        out.append(line.replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "$1 ($2)"));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
