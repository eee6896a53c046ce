package io.kubelab.grader.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.kit.Kit;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The course site, in a real browser")
class SiteBrowserTest {
  private static final Path SHOTS = Path.of("target", "site-shots");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the test reads from each page once its scripts are done. */
  private static final String FACTS =
      """
      JSON.stringify({
        diagrams: document.querySelectorAll("pre.mermaid").length,
        drawn: document.querySelectorAll("pre.mermaid > svg").length,
        failed: document.querySelectorAll("pre.mermaid svg[aria-roledescription='error']").length,
        highlighted: document.querySelectorAll("pre > code.hljs").length,
        code: document.querySelectorAll("pre > code").length,
        links: Array.from(document.querySelectorAll("a[href]"), (a) => a.href),
        boxes: Array.from(document.querySelectorAll("pre.mermaid"), (pre) => {
          const box = pre.getBoundingClientRect();
          return { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height };
        }),
        height: document.documentElement.scrollHeight,
        exercise: Array.from(document.querySelectorAll("div.start"), (start) =>
            start.previousElementSibling.getBoundingClientRect().top + scrollY)[0] ?? -1
      })
      """;

  @TempDir Path temp;

  @Test
  @DisplayName(
      "opens every page offline: diagrams drawn as SVG, code highlighted, no console error,"
          + " every internal link resolves; screenshots of each page and diagram in"
          + " target/site-shots")
  void everyPageRendersOffline() throws Exception {
    Optional<Path> binary = Chromium.binary();
    if (binary.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail(
            "CI must run the site in a browser, but /usr/bin/chromium is missing: .ci/run installs it");
      }
      Assumptions.abort(
          "no chromium (Debian package chromium): the site was not opened in a browser");
    }
    Path site = temp.resolve("site");
    List<Path> pages = new SiteWriter(Course.load(Kit.locate())).write(site);
    Files.createDirectories(SHOTS);
    try (Chromium chromium = Chromium.start(binary.get(), temp.resolve("profile"))) {
      for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
        chromium.call(domain + ".enable", Map.of());
      }
      chromium.call(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      // Without scrollbars the layout is the same whether a screenshot extends the viewport or not.
      chromium.call("Emulation.setScrollbarsHidden", Map.of("hidden", true));
      for (Path page : pages) {
        check(chromium, site, page);
      }
    }
  }

  private void check(Chromium chromium, Path site, Path page) throws Exception {
    String name = site.relativize(page).toString();
    String url = page.toUri().toString();
    chromium.takeEvents();
    chromium.call("Page.navigate", Map.of("url", url));
    // The page's own script sets data-ready once the highlighter and Mermaid are done.
    JsonNode ready =
        chromium.evaluate(
            """
            new Promise((resolve) => {
              const done = () => location.href === %s && document.body
                  && document.body.dataset.ready === "true";
              const poll = () => (done() ? resolve(true) : setTimeout(poll, 50));
              poll();
            })
            """
                .formatted(JSON.writeValueAsString(url)));
    assertThat(ready.asBoolean()).as("%s finished drawing and highlighting", name).isTrue();
    JsonNode facts = JSON.readTree(chromium.evaluate(FACTS).asText());

    assertThat(facts.get("drawn").asInt())
        .as(
            "%s: every one of its %d Mermaid diagrams became an SVG",
            name, facts.get("diagrams").asInt())
        .isEqualTo(facts.get("diagrams").asInt());
    assertThat(facts.get("failed").asInt())
        .as("%s: Mermaid diagrams that failed to parse", name)
        .isZero();
    assertThat(facts.get("highlighted").asInt())
        .as("%s: every code block highlighted", name)
        .isEqualTo(facts.get("code").asInt());
    if (name.contains("pr-")) {
      assertThat(facts.get("diagrams").asInt() + facts.get("code").asInt())
          .as("%s: a lesson page has code or diagrams", name)
          .isPositive();
    }

    List<String> problems = new ArrayList<>();
    for (JsonNode event : chromium.takeEvents()) {
      String method = event.path("method").asText();
      JsonNode params = event.path("params");
      if (method.equals("Runtime.consoleAPICalled")
          && (params.path("type").asText().equals("error")
              || params.path("type").asText().equals("assert"))) {
        problems.add("console." + params.path("type").asText() + ": " + params.path("args"));
      } else if (method.equals("Runtime.exceptionThrown")) {
        problems.add("uncaught: " + params.path("exceptionDetails"));
      } else if (method.equals("Log.entryAdded")
          && params.path("entry").path("level").asText().equals("error")) {
        problems.add("log: " + params.path("entry").path("text").asText());
      } else if (method.equals("Network.requestWillBeSent")) {
        String requested = params.path("request").path("url").asText();
        if (!requested.startsWith("file:") && !requested.startsWith("data:")) {
          problems.add("network request: " + requested);
        }
      }
    }
    assertThat(problems).as("%s: console errors and network requests", name).isEmpty();

    for (JsonNode link : facts.get("links")) {
      URI target = URI.create(link.asText());
      if (!"file".equals(target.getScheme())) {
        assertThat(target.getScheme()).as("%s links to %s", name, target).isEqualTo("https");
        continue;
      }
      Path file = Path.of(new URI("file", null, target.getPath(), null));
      assertThat(file)
          .as("%s links to %s, inside the site", name, target)
          .startsWith(site)
          .isRegularFile();
      if (target.getRawFragment() != null) {
        String id = URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8);
        assertThat(Files.readString(file))
            .as("%s links to #%s in %s", name, id, file.getFileName())
            .contains("id=\"" + id + "\"");
      }
    }

    String shot = name.replace('/', '-').replace(".html", "");
    screenshot(chromium, shot, 0, 0, 1280, Math.min(facts.get("height").asInt(), 2400));
    double exercise = facts.get("exercise").asDouble();
    if (exercise >= 0) {
      screenshot(chromium, shot + "-first-exercise", 0, exercise - 20, 1280, 900);
    }
    int diagram = 0;
    for (JsonNode box : facts.get("boxes")) {
      screenshot(
          chromium,
          shot + "-diagram-" + ++diagram,
          box.get("x").asDouble(),
          box.get("y").asDouble(),
          box.get("width").asDouble(),
          box.get("height").asDouble());
    }
  }

  private static void screenshot(
      Chromium chromium, String name, double x, double y, double width, double height)
      throws Exception {
    JsonNode shot =
        chromium.call(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
    Files.write(
        SHOTS.resolve(name + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));
  }
}
