package io.kubelab.grader.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LessonOutline is what must stay the same across a lesson's languages, section by section: the
 * heading levels, the code blocks byte for byte, the links, the commit ids, the exercises and their
 * hint blocks. Blocks a generator writes into a lesson (between {@code <!-- name ... -->} and
 * {@code <!-- end ... -->}, or a lone comment) are left out, since a generator keeps them.
 */
record LessonOutline(List<Section> sections) {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern BARE_URL = Pattern.compile("(?<!\\()https?://[\\x21-\\x7e]+");
  private static final Pattern COMMIT =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![0-9A-Za-z])");
  private static final Pattern EXERCISE = Pattern.compile("^### .*`([a-z0-9-]+)`[,，]");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6}) ");
  private static final Pattern HINT = Pattern.compile("^<details><summary>");

  /** Section is one {@code ##} section (or the text before the first). */
  record Section(
      String heading,
      List<Integer> headingLevels,
      List<String> codeBlocks,
      List<String> links,
      List<String> commits,
      List<String> exercises,
      List<Integer> hintsPerExercise) {}

  static LessonOutline of(String markdown) {
    List<Section> sections = new ArrayList<>();
    Builder current = new Builder("(before the first ## heading)");
    StringBuilder code = null;
    for (String line : withoutGeneratedBlocks(FrontMatter.parse(markdown).body()).split("\n", -1)) {
      if (line.startsWith("```")) {
        if (code == null) {
          code = new StringBuilder(line).append('\n');
        } else {
          current.codeBlocks.add(code.append(line).toString());
          scanCommits(code.toString(), current.commits);
          code = null;
        }
        continue;
      }
      if (code != null) {
        code.append(line).append('\n');
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        int level = heading.group(1).length();
        if (level == 2) {
          sections.add(current.build());
          current = new Builder(line);
        }
        current.headingLevels.add(level);
        Matcher exercise = EXERCISE.matcher(line);
        if (exercise.find()) {
          current.exercises.add(exercise.group(1));
          current.hints.add(0);
        }
      }
      if (HINT.matcher(line).find() && !current.hints.isEmpty()) {
        current.hints.set(
            current.hints.size() - 1, current.hints.get(current.hints.size() - 1) + 1);
      }
      Matcher link = LINK.matcher(line);
      while (link.find()) {
        current.links.add(link.group(1));
      }
      Matcher url = BARE_URL.matcher(line);
      while (url.find()) {
        current.links.add(url.group().replaceAll("[.,;:)]+$", ""));
      }
      scanCommits(line, current.commits);
    }
    sections.add(current.build());
    return new LessonOutline(sections);
  }

  /** Returns {@code markdown} without the blocks a generator writes and keeps. */
  static String withoutGeneratedBlocks(String markdown) {
    StringBuilder out = new StringBuilder();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("<!--")) {
        int end = endOfRegion(lines, i);
        if (end < 0) {
          end = i;
          while (end < lines.length && !lines[end].contains("-->")) {
            end++;
          }
        }
        i = Math.min(end, lines.length - 1);
        continue;
      }
      out.append(line).append(i < lines.length - 1 ? "\n" : "");
    }
    return out.toString();
  }

  private static int endOfRegion(String[] lines, int start) {
    if (lines[start].strip().matches("<!--\\s*(end|/).*")) {
      return -1;
    }
    for (int i = start + 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.matches("<!--\\s*(end|/).*")) {
        return i;
      }
      if (HEADING.matcher(line).find()) {
        return -1;
      }
    }
    return -1;
  }

  private static void scanCommits(String text, List<String> commits) {
    Matcher commit = COMMIT.matcher(text);
    while (commit.find()) {
      commits.add(commit.group());
    }
  }

  private static final class Builder {
    final String heading;
    final List<Integer> headingLevels = new ArrayList<>();
    final List<String> codeBlocks = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    final List<String> commits = new ArrayList<>();
    final List<String> exercises = new ArrayList<>();
    final List<Integer> hints = new ArrayList<>();

    Builder(String heading) {
      this.heading = heading;
    }

    Section build() {
      return new Section(
          heading,
          headingLevels,
          codeBlocks,
          links.stream().sorted().toList(),
          commits.stream().sorted().toList(),
          exercises,
          hints);
    }
  }
}
