package io.kubelab.grader.report;

import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnitXmlReport writes a grade as Surefire writes test results: one {@code TEST-<suite>.xml} per
 * exercise, each a {@code <testsuite>} with a {@code <testcase>} per check and a {@code <failure>}
 * where one failed or {@code <skipped>} where the grading machine could not run it, so CI
 * dashboards and test-report viewers read kubelab grades like any Maven build's.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  /**
   * Writes one file per exercise into {@code dir}, each atomically, named {@code
   * TEST-kubelab.<exercise id>.xml}.
   */
  public static void write(Grade grade, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (ExerciseGrade exercise : grade.exercises()) {
      Path file = dir.resolve("TEST-kubelab." + exercise.exercise().id() + ".xml");
      AtomicFiles.write(file, out -> suite(exercise, out));
    }
  }

  private static void suite(ExerciseGrade exercise, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "kubelab." + exercise.exercise().id());
      xml.writeAttribute("time", seconds(exercise.checks()));
      xml.writeAttribute("tests", Integer.toString(exercise.checks().size()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", count(exercise.checks(), Check.Status.NOT_GRADED));
      xml.writeAttribute("failures", count(exercise.checks(), Check.Status.FAILED));
      xml.writeCharacters("\n");
      for (Check check : exercise.checks()) {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(check.name()));
        xml.writeAttribute("classname", "kubelab." + exercise.exercise().id());
        xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", check.seconds()));
        if (!check.passed()) {
          String message = clean(check.output()).lines().findFirst().orElse("");
          xml.writeStartElement(check.notGraded() ? "skipped" : "failure");
          xml.writeAttribute("message", message);
          if (!check.notGraded()) {
            xml.writeAttribute("type", check.hidden() ? "hidden check" : "visible check");
          }
          xml.writeCharacters(clean(check.output()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write JUnit XML", e);
    }
  }

  private static String seconds(List<Check> checks) {
    return String.format(Locale.ROOT, "%.3f", checks.stream().mapToDouble(Check::seconds).sum());
  }

  private static String count(List<Check> checks, Check.Status status) {
    return Long.toString(checks.stream().filter(c -> c.status() == status).count());
  }

  /** Removes what XML 1.0 cannot hold (control characters that student output may contain). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
