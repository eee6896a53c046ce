package io.kubelab.grader.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.files.Sha256;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The English and Chinese lessons")
class LessonLanguagesTest {
  private static final Path IN_STEP = Path.of("lessons", "zh-CN", "in-step.sha256");

  private final Kit kit = kit();
  private final Course course = course(kit);

  @Test
  @DisplayName("have the same sections, code blocks, links, commit ids and exercises")
  void keepTheirStructureInStep() throws IOException {
    for (Pair pair : pairs()) {
      LessonOutline english = LessonOutline.of(Files.readString(pair.english()));
      LessonOutline chinese = LessonOutline.of(Files.readString(pair.chinese()));
      assertThat(chinese.sections().size())
          .as("number of ## sections of %s and %s", pair.english(), pair.chinese())
          .isEqualTo(english.sections().size());
      for (int i = 0; i < english.sections().size(); i++) {
        LessonOutline.Section en = english.sections().get(i);
        LessonOutline.Section zh = chinese.sections().get(i);
        String where =
            "section %d of %s ('%s' / '%s')".formatted(i, pair.name(), en.heading(), zh.heading());
        assertThat(zh.headingLevels())
            .as("heading levels in %s", where)
            .isEqualTo(en.headingLevels());
        assertThat(zh.codeBlocks())
            .as("code blocks, byte for byte, in %s", where)
            .isEqualTo(en.codeBlocks());
        assertThat(zh.links()).as("links in %s", where).isEqualTo(en.links());
        assertThat(zh.commits()).as("commit ids in %s", where).isEqualTo(en.commits());
        assertThat(zh.exercises()).as("exercises in %s", where).isEqualTo(en.exercises());
        assertThat(zh.hintsPerExercise())
            .as("hints per exercise in %s", where)
            .isEqualTo(en.hintsPerExercise());
      }
    }
  }

  @Test
  @DisplayName("have the same Docusaurus front matter keys and sidebar position")
  void keepTheirFrontMatterInStep() throws IOException {
    for (Pair pair : pairs()) {
      FrontMatter english = FrontMatter.parse(Files.readString(pair.english()));
      FrontMatter chinese = FrontMatter.parse(Files.readString(pair.chinese()));
      assertThat(english.fields().keySet())
          .as("front matter of %s", pair.english())
          .contains("title", "sidebar_label", "sidebar_position");
      assertThat(chinese.fields().keySet())
          .as("front matter keys of %s, as in English", pair.chinese())
          .isEqualTo(english.fields().keySet());
      assertThat(chinese.field("sidebar_position", ""))
          .as("sidebar position of %s, as in English", pair.chinese())
          .isEqualTo(english.field("sidebar_position", ""));
    }
  }

  @Test
  @DisplayName("title each English lesson as the catalog does, and open with that title")
  void englishTitlesFollowTheCatalog() throws IOException {
    for (Lesson lesson : kit.catalog().lessons()) {
      FrontMatter file =
          FrontMatter.parse(Files.readString(course.lessonFile(lesson, Language.ENGLISH)));
      assertThat(file.field("title", ""))
          .as("front matter title of %s, as catalog.toml says", lesson.file())
          .isEqualTo(lesson.title());
      assertThat(file.body())
          .as("first heading of %s", lesson.file())
          .startsWith("# " + lesson.title() + "\n");
    }
  }

  @Test
  @DisplayName("show each exercise's hints from the catalog (English) or hints.toml (Chinese)")
  void showTheHintsOfTheirLanguage() throws IOException {
    for (Lesson lesson : kit.catalog().lessons()) {
      for (Language language : Language.values()) {
        String markdown = Files.readString(course.lessonFile(lesson, language));
        for (Exercise exercise : kit.catalog().exercisesOf(lesson.id())) {
          assertThat(hintBlocks(markdown, exercise.id()))
              .as(
                  "the <details> hints under the heading of %s in %s, in order",
                  exercise.id(), course.lessonPath(lesson, language))
              .isEqualTo(course.hints(exercise, language));
        }
      }
    }
  }

  @Test
  @DisplayName("write code in hints as code, so GitHub and MDX do not take Set<T> for a tag")
  void hintsKeepAngleBracketsAndBracesInCode() {
    for (Exercise exercise : kit.catalog().exercises()) {
      for (Language language : Language.values()) {
        for (String hint : course.hints(exercise, language)) {
          String prose = hint.replaceAll("`[^`]*`", "");
          assertThat(prose)
              .as("hint of %s (%s) outside `code`: '%s'", exercise.id(), language, hint)
              .doesNotContain("<", ">", "{", "}");
        }
      }
    }
  }

  @Test
  @DisplayName("were last changed together: in-step.sha256 records both files of every pair")
  void changeTogether() throws IOException {
    StringBuilder expected = new StringBuilder();
    for (Pair pair : pairs()) {
      expected
          .append(sha256(pair.english()))
          .append(' ')
          .append(sha256(pair.chinese()))
          .append(' ')
          .append(pair.name())
          .append('\n');
    }
    expected.append(sha256(course.kit().root().resolve("catalog.toml"), true)).append(' ');
    expected.append(sha256(kit.root().resolve("lessons/zh-CN/hints.toml"))).append(" hints\n");
    assertThat(Files.readString(kit.root().resolve(IN_STEP)))
        .as(
            "%s: a lesson (or the hints) changed in one language only. Change the other language"
                + " to match, then record the pair by writing this into %s",
            IN_STEP, IN_STEP)
        .isEqualTo(expected.toString());
  }

  private List<String> hintBlocks(String markdown, String exerciseId) {
    List<String> hints = new ArrayList<>();
    boolean inside = false;
    Pattern block =
        Pattern.compile(
            "<details><summary>[^<]*</summary>\\n\\n(.*?)\\n\\n</details>", Pattern.DOTALL);
    StringBuilder section = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.matches("#{1,6} .*")) {
        inside = line.startsWith("### ") && line.contains("`" + exerciseId + "`");
      }
      if (inside) {
        section.append(line).append('\n');
      }
    }
    Matcher matcher = block.matcher(section);
    while (matcher.find()) {
      hints.add(matcher.group(1));
    }
    return hints;
  }

  private List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    pairs.add(
        new Pair(
            Course.INTRO, course.introFile(Language.ENGLISH), course.introFile(Language.CHINESE)));
    for (Lesson lesson : kit.catalog().lessons()) {
      pairs.add(
          new Pair(
              Path.of(lesson.file()).getFileName().toString(),
              course.lessonFile(lesson, Language.ENGLISH),
              course.lessonFile(lesson, Language.CHINESE)));
    }
    return pairs;
  }

  private static String sha256(Path file) throws IOException {
    return sha256(file, false);
  }

  /**
   * Hashes {@code file} without the blocks generators keep; for the catalog ({@code hintsOnly}),
   * only its hints count, since its other keys have nothing to translate.
   */
  private static String sha256(Path file, boolean hintsOnly) throws IOException {
    String text = LessonOutline.withoutGeneratedBlocks(Files.readString(file));
    if (hintsOnly) {
      StringBuilder hints = new StringBuilder();
      boolean inside = false;
      for (String line : text.split("\n")) {
        inside = line.startsWith("hints = [") || (inside && !line.startsWith("]"));
        if (inside) {
          hints.append(line).append('\n');
        }
      }
      text = hints.toString();
    }
    return Sha256.hex(text).substring(0, 16);
  }

  private static Kit kit() {
    try {
      return Kit.locate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Course course(Kit kit) {
    try {
      return Course.load(kit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pair is one lesson file in both languages. */
  private record Pair(String name, Path english, Path chinese) {}
}
