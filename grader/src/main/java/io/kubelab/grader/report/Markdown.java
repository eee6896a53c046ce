package io.kubelab.grader.report;

/**
 * Markdown escapes text from outside the kit (student names, test display names, file names) so a
 * report shows it as written: {@code Set<T>} would otherwise vanish as an HTML tag and {@code _x_}
 * turn italic.
 */
public final class Markdown {
  /** Every character CommonMark can give a meaning to inside a line, or a GFM table to a cell. */
  private static final String SPECIAL = "\\`*_[]<>#|~&!";

  private Markdown() {}

  /**
   * Returns {@code text} as one line of literal Markdown text: specials escaped, line breaks as
   * spaces.
   */
  public static String text(String text) {
    StringBuilder md = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        md.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          md.append('\\');
        }
        md.append(c);
      }
    }
    return md.toString();
  }
}
