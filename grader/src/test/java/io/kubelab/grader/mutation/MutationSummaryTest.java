package io.kubelab.grader.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.mutation.MutationSummary.ExerciseScore;
import io.kubelab.grader.mutation.MutationSummary.Located;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mutation summary")
class MutationSummaryTest {
  private static final String SHARED = "src/main/java/io/kubelab/demo/Shared.java";
  private static final String OTHER = "src/main/java/io/kubelab/demo/Other.java";
  private static final String OTHER_SOURCE =
      "final class Other {\n  // BEGIN EXERCISE third\n  // END EXERCISE\n}\n";

  private final Catalog catalog =
      new Catalog(
          Catalog.FORMAT_VERSION,
          List.of(),
          List.of(new Lesson("demo", "Demo", "lessons/demo.md", 1, null, "m", "Next", List.of())),
          List.of(exercise("first", SHARED), exercise("second", SHARED), exercise("third", OTHER)));

  @Test
  @DisplayName("reads every field PIT writes for a mutant")
  void readsPitReport() throws IOException {
    List<Mutant> mutants = MutationsXml.read(fixture("mutations.xml"));

    assertThat(mutants).as("the mutants of the fixture report").hasSize(6);
    Mutant first = mutants.get(0);
    assertThat(first.mutatedClass()).as("mutated class").isEqualTo("io.kubelab.demo.Shared");
    assertThat(first.file()).as("file, as the catalog names it").isEqualTo(SHARED);
    assertThat(first.method()).as("mutated method").isEqualTo("isEmpty");
    assertThat(first.line()).as("line number").isEqualTo(12);
    assertThat(first.description()).as("description").isEqualTo("negated conditional");
    assertThat(first.status()).as("status").isEqualTo("KILLED");
    assertThat(first.detected()).as("a killed mutant is detected").isTrue();
    assertThat(first.killingTest()).as("killing test").contains("emptyWhenZero()");
    assertThat(mutants.get(1).detected()).as("a surviving mutant is not detected").isFalse();
    assertThat(mutants.get(1).killingTest()).as("a survivor's killing test").isEmpty();
    assertThat(mutants.get(3).file())
        .as("the file of a mutant in a nested class is its outer class's file")
        .isEqualTo(SHARED);
    assertThat(mutants.get(3).timedOut()).as("a TIMED_OUT mutant timed out").isTrue();
  }

  @Test
  @DisplayName("gives each mutant to the exercise whose region holds its line")
  void attributesByRegion() throws IOException {
    MutationSummary summary = fixtureSummary();

    ExerciseScore first = score(summary, "first");
    assertThat(lines(first.killed())).as("killed in first").containsExactly(12);
    assertThat(lines(first.survived())).as("survivors of first").containsExactly(12);
    assertThat(first.score()).as("score of first: 1 of 2").contains(0.5);
    assertThat(first.meetsTarget()).as("first meets the 90% target").isFalse();

    ExerciseScore second = score(summary, "second");
    assertThat(lines(second.killed())).as("killed in second (a timeout)").containsExactly(19);
    assertThat(lines(second.survived())).as("survivors of second").containsExactly(21);
    assertThat(second.equivalent())
        .as("mutants of second judged equivalent")
        .extracting(judged -> judged.mutant().mutant().line())
        .containsExactly(18);
    assertThat(second.score()).as("score of second, equivalent left out").contains(0.5);

    ExerciseScore third = score(summary, "third");
    assertThat(third.score()).as("score of an exercise without mutants").isEmpty();
    assertThat(third.meetsTarget()).as("an exercise without mutants meets the target").isTrue();

    assertThat(lines(summary.outsideRegions()))
        .as("mutants of kit code outside every region")
        .containsExactly(7);
    assertThat(summary.outsideRegions().get(0).sourceLine())
        .as("the mutated line's text")
        .isEqualTo("return size;");
  }

  @Test
  @DisplayName("lists the equivalence entries that match no surviving mutant")
  void reportsUnmatchedEquivalences() throws IOException {
    MutationSummary summary = fixtureSummary();

    assertThat(summary.unmatched())
        .as("an entry naming a killed mutant and one naming a method that is gone")
        .extracting(Equivalence::method)
        .containsExactly("size", "gone");
  }

  @Test
  @DisplayName("renders the scores, every survivor and every judgement as Markdown")
  void rendersMarkdown() throws IOException {
    String markdown =
        SummaryMarkdown.render(
            fixtureSummary(), Path.of("mutation"), Path.of("grader/mutation/equivalent.tsv"));

    assertThat(markdown)
        .as("the summary in Markdown")
        .contains("| `first` | 2 | 0 | 1 | 1 | 50.0% | **below** |")
        .contains("| `second` | 3 | 1 | 1 (1 timed out) | 1 | 50.0% | **below** |")
        .contains("| `third` | 0 | 0 | 0 | 0 | no mutants | n/a |")
        .contains(
            "- `Shared.java:21` `next`: replaced int return with 0 for"
                + " io/kubelab/demo/Shared::next in `return 0;` (NO_COVERAGE)")
        .contains("next is never called with 0.")
        .contains("[mutation/index.html](mutation/index.html)")
        .contains("that match no surviving mutant");
    assertThat(SummaryMarkdown.oneLine(score(fixtureSummary(), "second")))
        .as("the build log's line for second")
        .isEqualTo("second: 1 of 2 killed (50.0%), 1 equivalent, below the target of 90.0%");
    assertThat(SummaryMarkdown.oneLine(score(fixtureSummary(), "third")))
        .as("the build log's line for an exercise without mutants")
        .isEqualTo("third: no mutants to score");
  }

  @Test
  @DisplayName("rejects a report it cannot read in full, saying where")
  void rejectsBadReports() {
    String unknownStatus =
        "<mutations><mutation detected='false' status='LOST'><sourceFile>A.java</sourceFile>"
            + "</mutation></mutations>";
    String noLine =
        "<mutations><mutation detected='true' status='KILLED'><sourceFile>A.java</sourceFile>"
            + "<mutatedClass>a.A</mutatedClass><mutatedMethod>m</mutatedMethod>"
            + "<mutator>M</mutator><description>d</description></mutation></mutations>";

    assertThatThrownBy(() -> parse(unknownStatus))
        .as("a status PIT does not write")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mutation 1: unknown status 'LOST'");
    assertThatThrownBy(() -> parse(noLine))
        .as("a mutation without its line")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("<lineNumber> is missing");
    assertThatThrownBy(() -> parse("<mutations><mutation>"))
        .as("a truncated report")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a PIT mutations report");
  }

  @Test
  @DisplayName("refuses a mutant in a file the catalog does not list")
  void rejectsUnknownFile() throws IOException {
    Mutant stray =
        new Mutant("io.kubelab.demo.Stray", "Stray.java", "m", 1, "M", "d", "KILLED", true, "");

    assertThatThrownBy(() -> MutationSummary.of(catalog, sources(), List.of(stray), List.of()))
        .as("a mutant outside the student files")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalog.toml does not list as a student file");
  }

  @Test
  @DisplayName("refuses an equivalence list whose line lacks a field, naming the line")
  void rejectsBadEquivalenceLines() {
    String text = Equivalence.HEADER + "\na.A\tm\treturn 0;\tdescription\n";

    assertThatThrownBy(() -> Equivalence.parse(text, "equivalent.tsv"))
        .as("a line with four fields")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("equivalent.tsv:2: expected 5 tab-separated fields");
  }

  @Test
  @DisplayName("has a checked-in equivalence list whose every entry names a line of its solution")
  void checkedInListNamesSolutionLines() throws IOException {
    Kit kit = kit();
    List<Equivalence> entries =
        Equivalence.read(kit.root().resolve("grader/mutation/equivalent.tsv"));
    Map<String, String> solutionFiles =
        kit.catalog().studentFiles().stream()
            .collect(Collectors.toMap(MutationKit::className, file -> file));

    for (Equivalence entry : entries) {
      String file = solutionFiles.get(entry.mutatedClass().split("\\$")[0]);
      assertThat(file)
          .as("%s in equivalent.tsv is the class of a student file", entry.mutatedClass())
          .isNotNull();
      assertThat(Files.readAllLines(kit.solutions().resolve(file)))
          .as("the solution of %s", file)
          .anySatisfy(
              line ->
                  assertThat(line.strip())
                      .as("a line reading %s", entry.source())
                      .isEqualTo(entry.source()));
    }
  }

  private MutationSummary fixtureSummary() throws IOException {
    return MutationSummary.of(
        catalog,
        sources(),
        MutationsXml.read(fixture("mutations.xml")),
        Equivalence.read(fixture("equivalent.tsv")));
  }

  private static Map<String, String> sources() throws IOException {
    return Map.of(SHARED, Files.readString(fixture("Shared.java.txt")), OTHER, OTHER_SOURCE);
  }

  private static Exercise exercise(String id, String file) {
    String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
    return new Exercise(
        id,
        "demo",
        name,
        List.of(file),
        List.of("io.kubelab.demo." + name + "Test"),
        List.of("io.kubelab.demo." + name + "HiddenTest"),
        List.of("hint"),
        10,
        false,
        List.of(),
        null);
  }

  private static ExerciseScore score(MutationSummary summary, String exercise) {
    return summary.exercises().stream()
        .filter(score -> score.exercise().equals(exercise))
        .findFirst()
        .orElseThrow();
  }

  private static List<Integer> lines(List<Located> mutants) {
    return mutants.stream().map(located -> located.mutant().line()).toList();
  }

  private static List<Mutant> parse(String xml) throws IOException {
    return MutationsXml.parse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "mutations.xml");
  }

  private static Path fixture(String name) {
    try {
      return Path.of(MutationSummaryTest.class.getResource("/mutation/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Kit kit() {
    try {
      return Kit.locate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
