package io.kubelab.grader.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The course in two languages")
class CourseTest {
  @Test
  @DisplayName("names each lesson's file in the language asked for")
  void lessonPaths() throws IOException {
    Kit kit = Kit.locate();
    Lesson lesson = kit.catalog().lesson("pr-286").orElseThrow();

    assertThat(Course.lessonPath(kit, lesson, Language.ENGLISH))
        .as("the English lesson")
        .isEqualTo("lessons/pr-286-scheduler.md");
    assertThat(Course.lessonPath(kit, lesson, Language.CHINESE))
        .as("the Chinese lesson")
        .isEqualTo("lessons/zh-CN/pr-286-scheduler.md");
  }

  @Test
  @DisplayName("finds the Chinese epilogue at the place of the English one")
  void epilogueInEitherLanguage() throws IOException {
    Kit kit = Kit.locate();
    Lesson lesson = kit.catalog().lesson("pr-286").orElseThrow();

    assertThat(Course.epilogue(kit, lesson, Language.ENGLISH))
        .as("the English epilogue")
        .startsWith("## What went wrong later, and how upstream fixed it\n");
    assertThat(Course.epilogue(kit, lesson, Language.CHINESE))
        .as("the Chinese epilogue")
        .startsWith("## 后来哪里出了问题，上游又是怎么修的\n")
        .contains("938d9e81")
        .doesNotContain("## 为什么随机需要统计");
  }

  @Test
  @DisplayName("refuses Chinese hints that miss an exercise, naming it and the count it needs")
  void refusesMissingHints(@TempDir Path dir) throws IOException {
    Kit kit = Kit.locate();
    Files.copy(kit.root().resolve("catalog.toml"), dir.resolve("catalog.toml"));
    Files.createDirectories(dir.resolve("lessons/zh-CN"));
    String hints = Files.readString(kit.root().resolve("lessons/zh-CN/hints.toml"));
    Files.writeString(
        dir.resolve("lessons/zh-CN/hints.toml"),
        hints.substring(0, hints.indexOf("atomic-update = [")));

    assertThatThrownBy(() -> Course.load(Kit.open(dir)))
        .as("a hints.toml without atomic-update")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("atomic-update")
        .hasMessageContaining("needs 3 hints")
        .hasMessageContaining("has none");
  }
}
