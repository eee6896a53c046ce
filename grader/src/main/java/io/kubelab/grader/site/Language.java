package io.kubelab.grader.site;

import java.util.Locale;
import java.util.Map;

/**
 * Language is one language the lessons are written in, with where its lessons live, so every
 * command that points a reader at a lesson points at the one they can read.
 */
public enum Language {
  ENGLISH("en", "English", ""),
  CHINESE("zh-CN", "中文", "zh-CN");

  private final String tag;
  private final String label;
  private final String folder;

  Language(String tag, String label, String folder) {
    this.tag = tag;
    this.label = label;
    this.folder = folder;
  }

  /** The BCP 47 tag, as in {@code <html lang>}. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, for a language switch. */
  public String label() {
    return label;
  }

  /** The folder under {@code lessons/} that holds this language's files; empty for English. */
  public String folder() {
    return folder;
  }

  /**
   * Returns the language a reader asked for: {@code option} ({@code --lang}) when given, else the
   * locale of {@code environment} ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}, as
   * POSIX orders them); Chinese when that names Chinese, English otherwise.
   *
   * @throws IllegalArgumentException if {@code option} names no language of the lessons
   */
  public static Language choose(String option, Map<String, String> environment) {
    if (option != null) {
      String wanted = option.strip().toLowerCase(Locale.ROOT);
      if (wanted.equals("en") || wanted.startsWith("en-") || wanted.startsWith("en_")) {
        return ENGLISH;
      }
      if (wanted.equals("zh") || wanted.startsWith("zh-") || wanted.startsWith("zh_")) {
        return CHINESE;
      }
      throw new IllegalArgumentException(
          "unknown language '" + option + "': the lessons are in en (English) and zh (中文)");
    }
    for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
      }
    }
    return ENGLISH;
  }
}
