package io.kubelab.grader.site;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * SiteWriter writes the course as a static site: a home page and every lesson in each language,
 * with a language switch, Mermaid and the highlighter copied in from their WebJars, so the pages
 * need neither a server nor a network to be read.
 *
 * <p>Layout: {@code index.html} (English home), {@code en/<lesson>.html}, {@code zh-CN/index.html},
 * {@code zh-CN/<lesson>.html}, {@code assets/}.
 */
public final class SiteWriter {
  private static final String GITHUB = "https://github.com/kubernetes/kubernetes/";

  private final Course course;

  public SiteWriter(Course course) {
    this.course = course;
  }

  /** Writes the site into {@code dir} (created if needed) and returns the pages written. */
  public List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("assets"));
    copyAssets(dir.resolve("assets"));
    List<Path> pages = new ArrayList<>();
    for (Language language : Language.values()) {
      pages.add(writePage(dir, homePage(language), language, null));
      for (Lesson lesson : course.kit().catalog().lessons()) {
        pages.add(writePage(dir, lessonPage(lesson, language), language, lesson));
      }
    }
    return pages;
  }

  /** Returns the page of {@code lesson} in {@code language}, relative to the site's root. */
  static String lessonPage(Lesson lesson, Language language) {
    String stem = Path.of(lesson.file()).getFileName().toString().replaceFirst("\\.md$", "");
    return (language == Language.ENGLISH ? "en" : language.folder()) + "/" + stem + ".html";
  }

  /** Returns the home page in {@code language}, relative to the site's root. */
  static String homePage(Language language) {
    return language == Language.ENGLISH ? "index.html" : language.folder() + "/index.html";
  }

  private Path writePage(Path dir, String page, Language language, Lesson lesson)
      throws IOException {
    Path source = lesson == null ? course.introFile(language) : course.lessonFile(lesson, language);
    FrontMatter file;
    try {
      file = FrontMatter.parse(Files.readString(source));
    } catch (IllegalArgumentException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
    Map<String, String> exerciseBlocks = new LinkedHashMap<>();
    if (lesson != null) {
      for (Exercise exercise : course.kit().catalog().exercisesOf(lesson.id())) {
        exerciseBlocks.put(exercise.id(), startBlock(exercise, language));
      }
    }
    String article;
    try {
      article =
          MarkdownPage.render(
              file.body(), link -> resolveLink(page, language, link), exerciseBlocks);
    } catch (IllegalArgumentException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
    String title = file.field("title", lesson == null ? "kubelab" : lesson.title());
    String html =
        PageTemplate.page(
            new PageTemplate.Page(
                language,
                title,
                relative(page, "assets/"),
                relative(page, homePage(language)),
                relative(page, otherLanguage(page, language, lesson)),
                navigation(page, language, lesson),
                lesson == null ? "" : upstream(lesson, language),
                article));
    Path out = dir.resolve(page);
    Files.createDirectories(out.getParent());
    Files.writeString(out, html);
    return out;
  }

  private String otherLanguage(String page, Language language, Lesson lesson) {
    Language other = language == Language.ENGLISH ? Language.CHINESE : Language.ENGLISH;
    return lesson == null ? homePage(other) : lessonPage(lesson, other);
  }

  private String navigation(String page, Language language, Lesson current) {
    StringBuilder nav = new StringBuilder("<ol>");
    for (Lesson lesson : course.kit().catalog().lessons()) {
      String title = lessonTitle(lesson, language);
      nav.append("<li>")
          .append(lesson == current ? "<strong>" : "")
          .append("<a href=\"")
          .append(PageTemplate.escape(relative(page, lessonPage(lesson, language))))
          .append("\">")
          .append(PageTemplate.escape(title))
          .append("</a>")
          .append(lesson == current ? "</strong>" : "")
          .append("</li>");
    }
    return nav.append("</ol>").toString();
  }

  private String lessonTitle(Lesson lesson, Language language) {
    try {
      return FrontMatter.parse(Files.readString(course.lessonFile(lesson, language)))
          .field("title", lesson.title());
    } catch (IOException | IllegalArgumentException e) {
      return lesson.title();
    }
  }

  private static String upstream(Lesson lesson, Language language) {
    StringBuilder html = new StringBuilder("<p class=\"upstream\">");
    html.append(Words.of(language).upstream()).append(' ');
    List<Integer> prs = new ArrayList<>(List.of(lesson.pr()));
    prs.addAll(lesson.relatedPrs());
    List<String> parts = new ArrayList<>();
    for (int pr : prs) {
      parts.add(link(GITHUB + "pull/" + pr, "PR #" + pr));
    }
    parts.add(Words.of(language).merge() + " " + commitLink(lesson.merge()));
    for (String commit : lesson.commits()) {
      parts.add(commitLink(commit));
    }
    html.append(String.join(" · ", parts)).append("</p>");
    return html.toString();
  }

  private static String commitLink(String commit) {
    return link(GITHUB + "commit/" + commit, "<code>" + commit.substring(0, 8) + "</code>");
  }

  private static String link(String href, String html) {
    return "<a href=\"" + PageTemplate.escape(href) + "\">" + html + "</a>";
  }

  private String startBlock(Exercise exercise, Language language) {
    Words words = Words.of(language);
    String id = exercise.id();
    List<String[]> lines =
        List.of(
            new String[] {"./kubelab watch", words.watch()},
            new String[] {"./kubelab run " + id, words.run()},
            new String[] {
              "./kubelab hint " + id + (language == Language.ENGLISH ? "" : " --lang zh"),
              words.hint()
            },
            new String[] {"./kubelab grade exercises --exercise " + id, words.grade()});
    int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0) + 2;
    StringBuilder commands = new StringBuilder();
    for (String file : exercise.files()) {
      commands.append("# ").append(words.edit()).append(" exercises/").append(file).append('\n');
    }
    for (String[] line : lines) {
      commands
          .append(line[0])
          .append(" ".repeat(width - line[0].length()))
          .append("# ")
          .append(line[1])
          .append('\n');
    }
    return "<div class=\"start\"><p>"
        + words.start()
        + "</p><pre><code class=\"language-sh\">"
        + PageTemplate.escape(commands.toString().stripTrailing())
        + "</code></pre></div>";
  }

  private String resolveLink(String page, Language language, String destination) {
    int hash = destination.indexOf('#');
    String file = hash < 0 ? destination : destination.substring(0, hash);
    String fragment = hash < 0 ? "" : destination.substring(hash);
    String name = Path.of(file).getFileName().toString();
    if (name.equals(Course.INTRO)) {
      return relative(page, homePage(language)) + fragment;
    }
    for (Lesson lesson : course.kit().catalog().lessons()) {
      if (Path.of(lesson.file()).getFileName().toString().equals(name)) {
        return relative(page, lessonPage(lesson, language)) + fragment;
      }
    }
    throw new IllegalArgumentException(
        "links to " + destination + ", which is neither a lesson nor the introduction");
  }

  /** Returns the link from {@code fromPage} to {@code toPage}, both relative to the site root. */
  static String relative(String fromPage, String toPage) {
    Path from = Path.of(fromPage).getParent();
    Path base = from == null ? Path.of("") : from;
    String link = base.relativize(Path.of(toPage)).toString().replace('\\', '/');
    return toPage.endsWith("/") && !link.endsWith("/") ? link + "/" : link;
  }

  private static void copyAssets(Path assets) throws IOException {
    String mermaid =
        "META-INF/resources/webjars/mermaid/"
            + webJarVersion("org.webjars.npm", "mermaid")
            + "/dist/mermaid.min.js";
    String highlight =
        "META-INF/resources/webjars/highlightjs/" + webJarVersion("org.webjars", "highlightjs");
    copy(mermaid, assets.resolve("mermaid.min.js"));
    copy(highlight + "/highlight.min.js", assets.resolve("highlight.min.js"));
    copy(highlight + "/styles/github.min.css", assets.resolve("highlight.css"));
    copy("io/kubelab/grader/site/site.js", assets.resolve("site.js"));
    copy("io/kubelab/grader/site/site.css", assets.resolve("site.css"));
  }

  private static String webJarVersion(String group, String artifact) throws IOException {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(
            "the WebJar "
                + group
                + ":"
                + artifact
                + " is not on the class path: rebuild the grader");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the class path: rebuild the grader");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
