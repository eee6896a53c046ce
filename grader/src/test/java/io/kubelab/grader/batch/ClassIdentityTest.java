package io.kubelab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.TestKit;
import io.kubelab.grader.grade.GradeOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class whose names clash once made safe for a folder, and submissions that cannot be read: every
 * student keeps their own reports and real name, and nothing unreadable passes for a grade.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("grade-all, given students whose names clash and uploads that cannot be read,")
class ClassIdentityTest {
  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each entry of the class folder, and the string-set points its student must get. */
  private static final Map<String, Double> SOLVED_OR_NOT =
      Map.of(
          "alice", 30.0,
          "alice.zip", 0.0,
          "Alice", 0.0,
          "Zoë, Li", 30.0,
          "Zoé; Li", 0.0,
          "summary.md", 30.0);

  private Path dir;
  private Path classDir;
  private Path out;
  private BatchReport report;

  @BeforeAll
  void gradeTheClass(@TempDir Path temp) throws Exception {
    dir = temp;
    Path solved = TestKit.solved(dir.resolve("solved"));
    Path pristine = TestKit.pristine(dir.resolve("pristine"));
    classDir = Files.createDirectories(dir.resolve("class"));
    for (var student : SOLVED_OR_NOT.entrySet()) {
      Path from = student.getValue() > 0 ? solved : pristine;
      if (student.getKey().endsWith(".zip")) {
        zip(from, classDir.resolve(student.getKey()));
      } else {
        TestKit.copyTree(from, classDir.resolve(student.getKey()));
      }
    }
    Files.writeString(classDir.resolve("corrupt.zip"), "not a zip at all");
    Files.writeString(
        Files.createDirectories(classDir.resolve("nobody")).resolve("notes.txt"), "no code here");
    out = dir.resolve("out");
    report = gradeAll();
  }

  @Test
  @DisplayName("files every student under an id of their own, stable from one run to the next")
  void idsAreUniqueAndStable() throws Exception {
    List<String> ids = report.outcomes().stream().map(o -> o.entry().student()).toList();

    BatchReport again = gradeAll();

    assertThat(new HashSet<>(ids))
        .as("one id per submission, case aside: %s", ids)
        .hasSize(SOLVED_OR_NOT.size() + 2);
    assertThat(ids.stream().map(String::toLowerCase).distinct())
        .as("ids that differ only in case would share a folder on macOS: %s", ids)
        .hasSize(ids.size());
    assertThat(again.outcomes())
        .as("a second run finds every grade under the same id")
        .allSatisfy(
            o ->
                assertThat(o.status())
                    .as(o.entry().name())
                    .isEqualTo(StudentResult.Status.UNCHANGED));
    assertThat(ids).as("a name that is already safe and unique stays as it is").contains("nobody");
  }

  @Test
  @DisplayName("keeps each student's grade, name and feedback apart from every other's")
  void nothingShared() throws IOException {
    for (StudentResult outcome : report.outcomes()) {
      String name = outcome.entry().name();
      if (outcome.unreadable()) {
        continue;
      }
      Path folder = out.resolve(outcome.entry().student());
      JsonNode record = JSON.readTree(folder.resolve("grade.json").toFile());
      String source = outcome.entry().path().getFileName().toString();
      assertThat(record.get("name").asText()).as("grade.json names %s", source).isEqualTo(name);
      assertThat(record.get("source").asText()).as("grade.json of %s", source).isEqualTo(source);
      assertThat(record.get("score").asDouble())
          .as("the score in %s's grade.json", source)
          .isEqualTo(SOLVED_OR_NOT.get(source));
      assertThat(JSON.readTree(folder.resolve("results.json").toFile()).get("score").asDouble())
          .as("the score in %s's results.json", source)
          .isEqualTo(SOLVED_OR_NOT.get(source));
      assertThat(Files.readString(folder.resolve("feedback.md")))
          .as("%s's feedback", source)
          .startsWith("# kubelab feedback for " + name + ":");
    }
    assertThat(Files.readAllLines(out.resolve("gradebook.csv")))
        .as("the gradebook shows each real name next to its score")
        .anyMatch(
            line -> line.matches("Zo___Li\\+[0-9a-f]{8},\"Zoë, Li\",\"Zoë, Li\",graded,30\\.00,.*"))
        .anyMatch(line -> line.matches("Zo___Li\\+[0-9a-f]{8},Zoé; Li,Zoé; Li,graded,0\\.00,.*"));
    assertThat(out.resolve("summary.md"))
        .as("the class summary is a file, not a student named summary.md")
        .isRegularFile();
  }

  @Test
  @DisplayName("marks a corrupt zip and a folder with no submission unreadable, and exits 4")
  void unreadableIsListed() throws IOException {
    assertThat(report.unreadable())
        .as("the unreadable submissions")
        .extracting(o -> o.entry().name())
        .containsExactlyInAnyOrder("corrupt", "nobody");
    assertThat(report.exitStatus(false)).as("grade-all's exit status").isEqualTo(4);
    assertThat(Files.readAllLines(out.resolve("gradebook.csv")))
        .as("the gradebook status of unreadable submissions")
        .anyMatch(line -> line.startsWith("corrupt,corrupt,corrupt.zip,unreadable,"))
        .anyMatch(line -> line.startsWith("nobody,nobody,nobody,unreadable,"));
    assertThat(Files.readString(out.resolve("summary.md")))
        .as("summary.md")
        .contains("2 unreadable")
        .contains("## Unreadable submissions")
        .contains("- nobody: the submission could not be read:")
        .contains("holds no kubelab submission");
  }

  private BatchReport gradeAll() throws Exception {
    return new BatchGrader(
            TestKit.kit(),
            out,
            new BatchOptions(2, GradeOptions.only("string-set"), false),
            BatchGrader.Listener.QUIET)
        .run(classDir);
  }

  @Test
  @DisplayName("lists a class folder's entries under ids that cannot collide")
  void listingAlone() throws IOException {
    SubmissionEntry.Listing listing = SubmissionEntry.list(classDir, out);

    Map<String, String> idByName = new LinkedHashMap<>();
    listing
        .submissions()
        .forEach(entry -> idByName.put(entry.path().getFileName().toString(), entry.student()));
    assertThat(idByName.get("alice"))
        .as("alice/ next to alice.zip and Alice/ is disambiguated")
        .startsWith("alice+");
    assertThat(idByName.get("alice.zip"))
        .as("alice.zip")
        .startsWith("alice+")
        .isNotEqualTo(idByName.get("alice"));
    assertThat(idByName.get("summary.md"))
        .as("a student named like a class report")
        .startsWith("summary.md+");
  }

  private static void zip(Path exercises, Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream archive = new ZipOutputStream(file)) {
      archive.putNextEntry(new ZipEntry("exercises/" + STRING_SET));
      archive.write(Files.readAllBytes(exercises.resolve(STRING_SET)));
      archive.closeEntry();
    }
  }
}
