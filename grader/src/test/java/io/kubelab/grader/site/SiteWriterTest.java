package io.kubelab.grader.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubelab site")
class SiteWriterTest {
  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css))\"");

  @Test
  @DisplayName(
      "writes a home page and every lesson in both languages, each with a switch to the other")
  void writesEveryPageInBothLanguages(@TempDir Path dir) throws Exception {
    Kit kit = Kit.locate();
    List<Path> pages = new SiteWriter(Course.load(kit)).write(dir);

    assertThat(pages)
        .as("pages written")
        .hasSize(2 * (1 + kit.catalog().lessons().size()))
        .contains(dir.resolve("index.html"), dir.resolve("zh-CN/index.html"));
    String english = Files.readString(dir.resolve("en/pr-286-scheduler.html"));
    String chinese = Files.readString(dir.resolve("zh-CN/pr-286-scheduler.html"));
    assertThat(english)
        .as("the English page of PR #286")
        .contains("<html lang=\"en\">", "href=\"../zh-CN/pr-286-scheduler.html\"", "中文");
    assertThat(chinese)
        .as("the Chinese page of PR #286")
        .contains("<html lang=\"zh-CN\">", "href=\"../en/pr-286-scheduler.html\"", "English");
    assertThat(Files.readString(dir.resolve("index.html")))
        .as("the English home page links to the lessons and to the Chinese home")
        .contains("href=\"en/pr-283-289-stringset.html\"", "href=\"zh-CN/index.html\"");
  }

  @Test
  @DisplayName("drops the front matter, marks diagrams for Mermaid and code for the highlighter")
  void rendersTheMarkdown(@TempDir Path dir) throws Exception {
    new SiteWriter(Course.load(Kit.locate())).write(dir);
    String page = Files.readString(dir.resolve("en/pr-265-etcd-cas.html"));

    assertThat(page)
        .as("the page of PR #265")
        .doesNotContain("sidebar_position", "```")
        .contains("<pre class=\"mermaid\">sequenceDiagram", "<code class=\"language-go\">")
        .contains("<title>PR #265: etcd compare-and-swap removes a race</title>");
  }

  @Test
  @DisplayName("links each lesson to its upstream commits and shows how to start each exercise")
  void linksCommitsAndStartsExercises(@TempDir Path dir) throws Exception {
    Kit kit = Kit.locate();
    new SiteWriter(Course.load(kit)).write(dir);
    for (Lesson lesson : kit.catalog().lessons()) {
      for (Language language : Language.values()) {
        String page = Files.readString(dir.resolve(SiteWriter.lessonPage(lesson, language)));
        for (String commit : lesson.commits()) {
          assertThat(page)
              .as("%s (%s) links to commit %s", lesson.id(), language, commit)
              .contains("https://github.com/kubernetes/kubernetes/commit/" + commit);
        }
        for (Exercise exercise : kit.catalog().exercisesOf(lesson.id())) {
          assertThat(page)
              .as("%s (%s) shows how to start %s", lesson.id(), language, exercise.id())
              .contains("./kubelab run " + exercise.id(), "exercises/" + exercise.files().get(0));
        }
      }
    }
  }

  @Test
  @DisplayName("serves every script and stylesheet from the site itself, never from a network")
  void needsNoNetwork(@TempDir Path dir) throws Exception {
    for (Path page : new SiteWriter(Course.load(Kit.locate())).write(dir)) {
      Matcher asset = ASSET.matcher(Files.readString(page));
      int assets = 0;
      while (asset.find()) {
        assets++;
        assertThat(page.getParent().resolve(asset.group(1)).normalize())
            .as("%s loads %s from the site", dir.relativize(page), asset.group(1))
            .startsWith(dir)
            .isRegularFile();
      }
      assertThat(assets).as("scripts and stylesheets of %s", dir.relativize(page)).isEqualTo(5);
    }
    assertThat(Files.size(dir.resolve("assets/mermaid.min.js")))
        .as("Mermaid, copied from its WebJar")
        .isGreaterThan(1_000_000);
  }

  @Test
  @DisplayName("joins Chinese lines without a space, and keeps the space next to Latin text")
  void joinsChineseLines() {
    String html = MarkdownPage.render("第一行\n第二行，\nregistry 里\nthe end", link -> link, Map.of());

    assertThat(html).as("rendered paragraph").contains("<p>第一行第二行，registry 里\nthe end</p>");
  }

  @Test
  @DisplayName("refuses a relative link to a file the site has no page for, naming it")
  void refusesAnUnknownLink() {
    assertThatThrownBy(
            () ->
                MarkdownPage.render(
                    "see [the notes](notes.md)",
                    link -> {
                      throw new IllegalArgumentException("links to " + link);
                    },
                    Map.of()))
        .as("a link the site cannot resolve")
        .hasMessageContaining("notes.md");
  }
}
