package io.kubelab.grader.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * MarkdownPage turns one lesson's Markdown into the HTML of a site page: Mermaid blocks become
 * elements Mermaid draws in the browser, other code blocks carry their language for the
 * highlighter, links between lessons point at their pages, and each exercise heading is followed by
 * the commands that start it.
 */
final class MarkdownPage {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), HeadingAnchorExtension.create());

  private MarkdownPage() {}

  /**
   * Renders {@code markdown}. {@code links} maps a relative link to its page (and throws for one
   * the site has no page for); {@code exerciseBlocks} maps an exercise id to the HTML that follows
   * the heading naming it in code.
   */
  static String render(
      String markdown, UnaryOperator<String> links, Map<String, String> exerciseBlocks) {
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    document.accept(new PageVisitor(links, exerciseBlocks));
    return HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .nodeRendererFactory(CodeBlockRenderer::new)
        .build()
        .render(document);
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isChinesePunctuation(int c) {
    return (c >= 0x3000 && c <= 0x303f)
        || (c >= 0xff00 && c <= 0xffef)
        || c == 0x201c
        || c == 0x201d;
  }

  /** Returns the first (or last) character {@code node} shows, or 0 if it shows none. */
  private static int edge(Node node, boolean last) {
    if (node == null) {
      return 0;
    }
    String literal =
        node instanceof Text text
            ? text.getLiteral()
            : node instanceof Code code ? code.getLiteral() : null;
    if (literal != null) {
      return literal.isEmpty()
          ? 0
          : last ? literal.codePointBefore(literal.length()) : literal.codePointAt(0);
    }
    return edge(last ? node.getLastChild() : node.getFirstChild(), last);
  }

  private static final class PageVisitor extends AbstractVisitor {
    private final UnaryOperator<String> links;
    private final Map<String, String> exerciseBlocks;

    PageVisitor(UnaryOperator<String> links, Map<String, String> exerciseBlocks) {
      this.links = links;
      this.exerciseBlocks = exerciseBlocks;
    }

    @Override
    public void visit(Link link) {
      String destination = link.getDestination();
      if (!destination.contains(":") && !destination.startsWith("#")) {
        link.setDestination(links.apply(destination));
      }
      visitChildren(link);
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      // Chinese is written without spaces: a line break between two Chinese characters, or next
      // to Chinese punctuation, joins the lines directly; next to Latin text it stays a space.
      int before = edge(lineBreak.getPrevious(), true);
      int after = edge(lineBreak.getNext(), false);
      if ((isHan(before) && isHan(after))
          || isChinesePunctuation(before)
          || isChinesePunctuation(after)) {
        lineBreak.insertAfter(new Text(""));
        lineBreak.unlink();
      }
    }

    @Override
    public void visit(Heading heading) {
      if (heading.getLevel() == 3) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof Code code && exerciseBlocks.containsKey(code.getLiteral())) {
            HtmlBlock block = new HtmlBlock();
            block.setLiteral(exerciseBlocks.get(code.getLiteral()));
            heading.insertAfter(block);
            break;
          }
        }
      }
      visitChildren(heading);
    }
  }

  /** CodeBlockRenderer writes Mermaid source for Mermaid and code for the highlighter. */
  private static final class CodeBlockRenderer implements NodeRenderer {
    private final HtmlWriter html;

    CodeBlockRenderer(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
      FencedCodeBlock block = (FencedCodeBlock) node;
      String info = block.getInfo() == null ? "" : block.getInfo().strip().split("\\s+")[0];
      html.line();
      if (info.equals("mermaid")) {
        html.tag("pre", Map.of("class", "mermaid"));
        html.text(block.getLiteral());
        html.tag("/pre");
      } else {
        // "text" is no language to the highlighter; plaintext keeps it as it is, without a warning.
        String language = info.isEmpty() || info.equals("text") ? "plaintext" : info;
        html.tag("pre");
        html.tag("code", Map.of("class", "language-" + language));
        html.text(block.getLiteral());
        html.tag("/code");
        html.tag("/pre");
      }
      html.line();
    }
  }
}
