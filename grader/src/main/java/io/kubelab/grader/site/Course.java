package io.kubelab.grader.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Course finds a lesson, the introduction and an exercise's hints in either language: English from
 * the catalog and {@code lessons/}, Chinese from {@code lessons/zh-CN/}, whose {@code hints.toml}
 * holds the Chinese hints keyed by exercise id, so each language has one source.
 */
public final class Course {
  /** The introduction's file name, in {@code lessons/} and in each language's folder. */
  public static final String INTRO = "intro.md";

  /** The Chinese hints' file name in {@code lessons/zh-CN/}. */
  public static final String HINTS = "hints.toml";

  private final Kit kit;
  private final Map<String, List<String>> chineseHints;

  private Course(Kit kit, Map<String, List<String>> chineseHints) {
    this.kit = kit;
    this.chineseHints = chineseHints;
  }

  /**
   * Reads the course of {@code kit}.
   *
   * @throws IOException if the Chinese hints cannot be read, or miss or add an exercise, or give an
   *     exercise a different number of hints than the catalog
   */
  public static Course load(Kit kit) throws IOException {
    Path file = folder(kit, Language.CHINESE).resolve(HINTS);
    TranslatedHints translated;
    try (var in = Files.newInputStream(file)) {
      translated =
          TomlMapper.builder()
              .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
              .readValue(in, TranslatedHints.class);
    }
    if (translated.formatVersion() != 1) {
      throw new IOException(
          file + " has format_version " + translated.formatVersion() + "; 1 is read");
    }
    for (Exercise exercise : kit.catalog().exercises()) {
      List<String> hints = translated.hints().get(exercise.id());
      if (hints == null || hints.size() != exercise.hints().size()) {
        throw new IOException(
            file
                + ": exercise "
                + exercise.id()
                + " needs "
                + exercise.hints().size()
                + " hints, one for each in catalog.toml, but has "
                + (hints == null ? "none" : hints.size()));
      }
    }
    for (String id : translated.hints().keySet()) {
      if (kit.catalog().exercise(id).isEmpty()) {
        throw new IOException(file + " has hints for " + id + ", which catalog.toml does not list");
      }
    }
    return new Course(kit, Map.copyOf(translated.hints()));
  }

  public Kit kit() {
    return kit;
  }

  /** Returns the file of {@code lesson} in {@code language}. */
  public Path lessonFile(Lesson lesson, Language language) {
    return lessonFile(kit, lesson, language);
  }

  /** Returns {@code lesson.file()} as a path relative to the kit, in {@code language}. */
  public String lessonPath(Lesson lesson, Language language) {
    return lessonPath(kit, lesson, language);
  }

  /** Returns the file of {@code lesson} in {@code language}, in {@code kit}. */
  public static Path lessonFile(Kit kit, Lesson lesson, Language language) {
    return folder(kit, language).resolve(Path.of(lesson.file()).getFileName());
  }

  /**
   * Returns the path, relative to {@code kit}, of {@code lesson} in {@code language}: what a
   * message that sends a reader to the lesson names.
   */
  public static String lessonPath(Kit kit, Lesson lesson, Language language) {
    return kit.root().relativize(lessonFile(kit, lesson, language)).toString().replace('\\', '/');
  }

  /**
   * Returns the epilogue of {@code lesson} in {@code language}: the English one is the section the
   * catalog names; a translation's is the {@code ##} section at the same place, since the languages
   * keep their sections in step.
   */
  public static String epilogue(Kit kit, Lesson lesson, Language language) throws IOException {
    String english = Files.readString(lessonFile(kit, lesson, Language.ENGLISH));
    if (language == Language.ENGLISH) {
      return lesson.epilogueOf(english);
    }
    List<String> englishSections = Sections.of(english);
    String heading = "## " + lesson.epilogue();
    for (int i = 0; i < englishSections.size(); i++) {
      if (englishSections.get(i).startsWith(heading + "\n")) {
        List<String> translated = Sections.of(Files.readString(lessonFile(kit, lesson, language)));
        return i < translated.size() ? translated.get(i).strip() : "";
      }
    }
    return "";
  }

  /** Returns the course introduction in {@code language}. */
  public Path introFile(Language language) {
    return folder(kit, language).resolve(INTRO);
  }

  /** Returns the hints of {@code exercise} in {@code language}, in the catalog's order. */
  public List<String> hints(Exercise exercise, Language language) {
    return language == Language.ENGLISH ? exercise.hints() : chineseHints.get(exercise.id());
  }

  private static Path folder(Kit kit, Language language) {
    Path lessons = kit.lessons();
    return language.folder().isEmpty() ? lessons : lessons.resolve(language.folder());
  }

  /** TranslatedHints is the layout of {@code hints.toml}. */
  record TranslatedHints(int formatVersion, Map<String, List<String>> hints) {
    TranslatedHints {
      hints = hints == null ? Map.of() : hints;
    }
  }
}
