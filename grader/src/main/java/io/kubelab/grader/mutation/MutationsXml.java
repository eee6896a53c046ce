package io.kubelab.grader.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * MutationsXml reads the {@code mutations.xml} report PIT writes with {@code outputFormats} XML,
 * and rejects one it cannot read in full rather than scoring from part of it.
 */
public final class MutationsXml {
  /** PIT's detection statuses; anything else is a report this reader does not understand. */
  static final Set<String> STATUSES =
      Set.of(
          "KILLED",
          "SURVIVED",
          "TIMED_OUT",
          "NON_VIABLE",
          "MEMORY_ERROR",
          "NOT_STARTED",
          "STARTED",
          "RUN_ERROR",
          "NO_COVERAGE");

  private MutationsXml() {}

  /** Reads the mutants of {@code report}. */
  public static List<Mutant> read(Path report) throws IOException {
    try (InputStream in = Files.newInputStream(report)) {
      return parse(in, report.toString());
    }
  }

  /** Reads the mutants of a report named {@code name} in error messages. */
  static List<Mutant> parse(InputStream in, String name) throws IOException {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // The report is local, but a parser that follows a DOCTYPE reads files it was not given.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The error goes into the exception's message; the default handler would also print it.
      builder.setErrorHandler(new DefaultHandler());
      root = builder.parse(in).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(name + " is not a PIT mutations report: " + e.getMessage(), e);
    }
    if (!root.getTagName().equals("mutations")) {
      throw new IOException(
          name + " is not a PIT mutations report: its root is <" + root.getTagName() + ">");
    }
    List<Mutant> mutants = new ArrayList<>();
    NodeList children = root.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element mutation) {
        mutants.add(mutant(mutation, name + ", mutation " + (mutants.size() + 1)));
      }
    }
    return mutants;
  }

  private static Mutant mutant(Element mutation, String where) throws IOException {
    if (!mutation.getTagName().equals("mutation")) {
      throw new IOException(where + ": expected <mutation>, found <" + mutation.getTagName() + ">");
    }
    String status = mutation.getAttribute("status");
    if (!STATUSES.contains(status)) {
      throw new IOException(where + ": unknown status '" + status + "'");
    }
    String detected = mutation.getAttribute("detected");
    if (!detected.equals("true") && !detected.equals("false")) {
      throw new IOException(where + ": detected must be true or false, not '" + detected + "'");
    }
    String line = text(mutation, "lineNumber", where);
    int lineNumber;
    try {
      lineNumber = Integer.parseInt(line);
    } catch (NumberFormatException e) {
      throw new IOException(where + ": lineNumber '" + line + "' is not a number", e);
    }
    return new Mutant(
        text(mutation, "mutatedClass", where),
        text(mutation, "sourceFile", where),
        text(mutation, "mutatedMethod", where),
        lineNumber,
        text(mutation, "mutator", where),
        text(mutation, "description", where),
        status,
        detected.equals("true"),
        optionalText(mutation, "killingTest"));
  }

  private static String text(Element mutation, String tag, String where) throws IOException {
    String text = optionalText(mutation, tag);
    if (text.isEmpty()) {
      throw new IOException(where + ": <" + tag + "> is missing or empty");
    }
    return text;
  }

  private static String optionalText(Element mutation, String tag) {
    NodeList found = mutation.getElementsByTagName(tag);
    Node node = found.getLength() == 0 ? null : found.item(0);
    return node == null ? "" : node.getTextContent().strip();
  }
}
