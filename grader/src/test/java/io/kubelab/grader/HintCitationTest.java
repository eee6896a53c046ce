package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every hint a test message cites is the hint {@code ./kubelab hint} shows under that number: the
 * catalog's {@code hints} are the one source of truth, and a message proves which hint it means by
 * quoting it.
 *
 * <p>A message cites "hint N" of the exercise that owns the test class, or "./kubelab hint
 * &lt;exercise&gt;, hint N" of another one. The message must then quote the hint: share with it a
 * run of at least {@value #QUOTE_WORDS} consecutive words, {@value #LONG_WORDS} of them four
 * letters or longer. Renumber or reword a hint and the messages that cite it fail here.
 */
@DisplayName("Hints cited by test messages")
class HintCitationTest {
  static final int QUOTE_WORDS = 3;
  static final int LONG_WORDS = 2;

  private static final Pattern LITERALS =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"(?:\\s*\\+\\s*\"(?:\\\\.|[^\"\\\\])*\")*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
  private static final Pattern CITATION =
      Pattern.compile("(?:hint ([a-z][a-z0-9-]+), )?hint (\\d+)", Pattern.CASE_INSENSITIVE);

  /** Citation is one "hint N" in one test message. */
  record Citation(String file, String exercise, int hint, String message) {
    @Override
    public String toString() {
      return file + " cites " + exercise + " hint " + hint + ": \"" + message + "\"";
    }
  }

  @Test
  @DisplayName("every cited hint exists in the catalog for its exercise")
  void citedHintsExist() throws IOException {
    List<Citation> citations = citations();
    Catalog catalog = TestKit.kit().catalog();

    assertThat(citations).as("hint citations found in the visible and hidden tests").isNotEmpty();
    assertThat(citations)
        .as("citations of a hint the exercise does not have (./kubelab hint shows hints 1..n)")
        .allSatisfy(
            citation ->
                assertThat(citation.hint())
                    .as("%s", citation)
                    .isBetween(
                        1, catalog.exercise(citation.exercise()).orElseThrow().hints().size()));
  }

  @Test
  @DisplayName("every message quotes the hint it cites, so the number is the one meant")
  void citedHintsAreQuoted() throws IOException {
    Catalog catalog = TestKit.kit().catalog();
    List<String> unquoted = new ArrayList<>();
    for (Citation citation : citations()) {
      List<String> hints = catalog.exercise(citation.exercise()).orElseThrow().hints();
      if (citation.hint() < 1 || citation.hint() > hints.size()) {
        continue; // citedHintsExist reports it
      }
      if (!quotes(citation.message(), hints.get(citation.hint() - 1))) {
        unquoted.add(citation + "\n    catalog: \"" + hints.get(citation.hint() - 1) + "\"");
      }
    }

    assertThat(unquoted)
        .as(
            "messages that cite a hint without quoting %d consecutive words of it: either the"
                + " number is wrong or the message should quote the hint it means",
            QUOTE_WORDS)
        .isEmpty();
  }

  @Test
  @DisplayName("a quote is a run of words of the hint, not a few common words")
  void quoteRule() {
    String hint = "Keep the RandomGenerator you are given in a final field.";

    assertThat(quotes("Read hint 1: keep the RandomGenerator in a field", hint))
        .as("three words of the hint in a row, two of them long")
        .isTrue();
    assertThat(quotes("hint 1: in a final way", hint))
        .as("a run with only one long word")
        .isFalse();
    assertThat(quotes("hint 1: given the randomgenerator field", hint))
        .as("long words of the hint, but not in a row")
        .isFalse();
  }

  /** Whether {@code message} shares a run of {@link #QUOTE_WORDS} words with {@code hint}. */
  static boolean quotes(String message, String hint) {
    List<String> said = words(message);
    List<String> meant = words(hint);
    for (int i = 0; i + QUOTE_WORDS <= said.size(); i++) {
      List<String> run = said.subList(i, i + QUOTE_WORDS);
      if (run.stream().filter(word -> word.length() >= 4).count() >= LONG_WORDS
          && Collections.indexOfSubList(meant, run) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  /** Every hint citation in the visible and hidden tests. */
  static List<Citation> citations() throws IOException {
    Kit kit = TestKit.kit();
    Map<String, String> owners = new HashMap<>();
    for (Exercise exercise : kit.catalog().exercises()) {
      Stream.concat(exercise.tests().stream(), exercise.hiddenTests().stream())
          .forEach(test -> owners.put(test, exercise.id()));
    }
    Set<String> ids = new HashSet<>();
    kit.catalog().exercises().forEach(exercise -> ids.add(exercise.id()));

    List<Citation> citations = new ArrayList<>();
    for (Path root :
        List.of(kit.exercises().resolve("src/test/java"), kit.root().resolve("grader/hidden"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String className =
              root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
          Optional<String> owner = Optional.ofNullable(owners.get(className));
          citations.addAll(citationsIn(file, root.relativize(file).toString(), owner, ids));
        }
      }
    }
    return citations;
  }

  private static List<Citation> citationsIn(
      Path file, String name, Optional<String> owner, Set<String> ids) throws IOException {
    List<Citation> citations = new ArrayList<>();
    Matcher literals = LITERALS.matcher(Files.readString(file));
    while (literals.find()) {
      StringBuilder message = new StringBuilder();
      Matcher literal = LITERAL.matcher(literals.group());
      while (literal.find()) {
        message.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
      Matcher citation = CITATION.matcher(message);
      while (citation.find()) {
        String exercise = citation.group(1);
        if (exercise == null) {
          exercise =
              owner.orElseThrow(
                  () ->
                      new AssertionError(
                          name
                              + " is no exercise's test, so it must name the exercise:"
                              + " \"./kubelab hint <exercise>, hint N\": "
                              + message));
        }
        assertThat(ids)
            .as("exercises, one of which %s cites: %s", name, message)
            .contains(exercise);
        citations.add(
            new Citation(name, exercise, Integer.parseInt(citation.group(2)), message.toString()));
      }
    }
    return citations;
  }
}
