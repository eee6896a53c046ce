package io.kubelab.grader.cli.terminal;

/**
 * TextWrap breaks long lines at word boundaries for a terminal of a given width, so a hint or an
 * epilogue reads as prose instead of being cut mid-word by the terminal. A continuation line keeps
 * the indentation of the line it continues; a word longer than the width stays whole. Code (a line
 * indented by four spaces, as {@link MarkdownText} renders it) and coloured lines are left as they
 * are: breaking them would change what they say.
 */
public final class TextWrap {
  private TextWrap() {}

  public static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.length() <= width || line.startsWith("    ") || line.indexOf('\u001b') >= 0) {
        out.append(line);
      } else {
        wrapLine(line, Math.max(20, width), out);
      }
    }
    return out.toString();
  }

  private static void wrapLine(String line, int width, StringBuilder out) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    int column = 0;
    for (String word : line.strip().split(" +")) {
      if (column == 0) {
        out.append(indent).append(word);
        column = indent.length() + word.length();
      } else if (column + 1 + word.length() > width) {
        out.append('\n').append(indent).append(word);
        column = indent.length() + word.length();
      } else {
        out.append(' ').append(word);
        column += 1 + word.length();
      }
    }
  }
}
