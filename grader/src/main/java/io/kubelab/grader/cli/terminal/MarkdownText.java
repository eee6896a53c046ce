package io.kubelab.grader.cli.terminal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MarkdownText renders the Markdown the lessons use as terminal text: headings underlined (or
 * bold), fenced code indented, links as "text (address)", and each {@code <details>} hint folded to
 * one line that names {@code ./kubelab hint}: printing every hint at once would defeat the hints
 * shown one at a time.
 */
public final class MarkdownText {
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  /** An exercise id as a lesson's headings name it: "(`random-scheduler`, 20 points)". */
  /** An exercise heading names its id in backticks after a parenthesis, in either language. */
  private static final Pattern EXERCISE = Pattern.compile("[(（]`([a-z0-9-]+)`");

  private MarkdownText() {}

  public static String render(String markdown, boolean colour) {
    StringBuilder out = new StringBuilder();
    boolean code = false;
    boolean folded = false;
    // After a folded hint, the blank lines and hints that follow it fold into the same line.
    boolean afterHint = false;
    String exercise = null;
    for (String line : markdown.split("\n", -1)) {
      if (folded) {
        folded = !line.strip().startsWith("</details>");
        continue;
      }
      if (afterHint && (line.isBlank() || line.strip().startsWith("<details>"))) {
        folded = line.strip().startsWith("<details>") && !line.contains("</details>");
        continue;
      }
      if (afterHint) {
        out.append('\n');
        afterHint = false;
      }
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        out.append(colour ? DIM : "").append("    ").append(line).append(colour ? RESET : "");
      } else if (line.startsWith("#")) {
        Matcher named = EXERCISE.matcher(line);
        exercise = named.find() ? named.group(1) : exercise;
        String title = line.replaceFirst("^#+\\s*", "");
        out.append(colour ? BOLD + title + RESET : title);
        if (!colour) {
          out.append('\n').append((line.startsWith("# ") ? "=" : "-").repeat(title.length()));
        }
      } else if (line.strip().startsWith("<details>")) {
        folded = !line.contains("</details>");
        afterHint = true;
        String command = "./kubelab hint" + (exercise == null ? "" : " " + exercise);
        // The hint's own summary tells the lesson's language.
        boolean chinese = line.contains("提示");
        String label = chinese ? "提示" : "Hints";
        out.append(colour ? BOLD + label + RESET : label)
            .append(chinese ? "：已折叠；`" : ": folded; `")
            .append(command)
            .append(chinese ? "` 一次显示一条。" : "` shows them one at a time.");
      } else {
        out.append(line.replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "$1 ($2)"));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
