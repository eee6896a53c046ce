package io.kubelab.grader.site;

/**
 * PageTemplate is the HTML around a page's article: the header with the course's name, the lessons
 * and the language switch, and the scripts that draw the diagrams and highlight the code.
 */
final class PageTemplate {
  private PageTemplate() {}

  /**
   * Page is what one page shows. Links are relative to the page; {@code navigation}, {@code
   * upstream} and {@code article} are HTML.
   */
  record Page(
      Language language,
      String title,
      String assets,
      String home,
      String otherLanguage,
      String navigation,
      String upstream,
      String article) {}

  static String page(Page page) {
    Words words = Words.of(page.language());
    Language other = page.language() == Language.ENGLISH ? Language.CHINESE : Language.ENGLISH;
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <link rel="stylesheet" href="%ssite.css">
        <link rel="stylesheet" href="%shighlight.css">
        </head>
        <body>
        <header>
        <a class="home" href="%s">%s</a>
        <a class="language" hreflang="%s" href="%s">%s</a>
        </header>
        <div class="layout">
        <nav aria-label="%s"><h2>%s</h2>%s</nav>
        <main>
        %s
        %s
        </main>
        </div>
        <script src="%shighlight.min.js"></script>
        <script src="%smermaid.min.js"></script>
        <script src="%ssite.js"></script>
        </body>
        </html>
        """
        .formatted(
            page.language().tag(),
            escape(page.title()),
            escape(page.assets()),
            escape(page.assets()),
            escape(page.home()),
            escape(words.course()),
            other.tag(),
            escape(page.otherLanguage()),
            other.label(),
            escape(words.lessons()),
            escape(words.lessons()),
            page.navigation(),
            page.upstream(),
            page.article(),
            escape(page.assets()),
            escape(page.assets()),
            escape(page.assets()));
  }

  /** Escapes {@code text} for HTML text and attribute values. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
