package io.kubelab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.jvm.TestJvm;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class graded as three shards, each its own {@code kubelab grade-all --shard K/3} process, then
 * joined by {@code kubelab gradebook merge}, ends up as one unsharded run of the same class.
 *
 * <p>Two runs of grade-all differ only in how long things took (seconds, execution_time, time=,
 * gradedAt, and so the order of the slowest submissions); those are masked, everything else must be
 * byte for byte the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("grade-all in three shards, merged,")
class ShardedGradeAllTest {
  private static final String STRING_SET = "src/main/java/io/kubelab/util/StringSet.java";
  private static final List<String> REPORTS =
      List.of("gradebook.csv", "summary.md", "grade-all.json");

  private Path dir;
  private Path whole;
  private Path merged;
  private final List<Path> shards = new ArrayList<>();

  /** Five submissions (one solves string-set, the rest are untouched stubs) and one stray file. */
  @BeforeAll
  void gradeTheClass(@TempDir Path tmp) throws Exception {
    dir = tmp;
    Path classDir = Files.createDirectories(dir.resolve("class"));
    Path pristine = TestKit.pristine(dir.resolve("pristine"));
    for (String student : List.of("ada", "_bo_", "o'neil, =cmd", "dee", "=eve")) {
      TestKit.copyTree(pristine, classDir.resolve(student));
    }
    Files.copy(
        TestKit.kit().solutions().resolve(STRING_SET),
        classDir.resolve("dee").resolve(STRING_SET),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(classDir.resolve("notes.txt"), "not a submission");

    whole = dir.resolve("whole");
    List<Process> running = new ArrayList<>();
    running.add(kubelab("grade-all", classDir.toString(), "--out", whole.toString()));
    for (int k = 1; k <= 3; k++) {
      Path out = dir.resolve("shard-" + k);
      shards.add(out);
      running.add(
          kubelab("grade-all", classDir.toString(), "--out", out.toString(), "--shard", k + "/3"));
    }
    for (Process process : running) {
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("grade-all finished").isTrue();
      assertThat(process.exitValue()).as("grade-all exit status").isZero();
    }
    merged = dir.resolve("merged");
    List<String> merge = new ArrayList<>(List.of("gradebook", "merge"));
    // Given out of order on purpose: the merge puts students back in class order.
    for (int k : new int[] {2, 3, 1}) {
      merge.add(shards.get(k - 1).toString());
    }
    merge.addAll(List.of("--out", merged.toString()));
    Process merging = kubelab(merge.toArray(String[]::new));
    assertThat(merging.waitFor(5, TimeUnit.MINUTES)).as("merge finished").isTrue();
    assertThat(merging.exitValue()).as("merge exit status").isZero();
  }

  @Test
  @DisplayName("splits the class so that each submission is graded by exactly one shard")
  void shardsPartitionTheClass() throws IOException {
    List<String> graded = new ArrayList<>();
    for (Path shard : shards) {
      graded.addAll(studentFolders(shard));
    }

    assertThat(graded)
        .as("every student once, over the three shards")
        .containsExactlyInAnyOrderElementsOf(studentFolders(whole))
        .hasSize(5);
    assertThat(studentFolders(shards.get(0)))
        .as(
            "shard 1/3 takes the 1st and 4th of the sorted folder: '=eve (filed under its safe name"
                + " and a digest of the entry's name, since '=' is not safe in a folder name) and"
                + " dee")
        .hasSize(2)
        .contains("dee")
        .anyMatch(folder -> folder.startsWith("_eve+"));
  }

  @Test
  @DisplayName("writes the gradebook, summary and per-student files of an unsharded run")
  void sameAsUnsharded() throws IOException {
    Map<String, String> expected = files(whole);
    Map<String, String> actual = files(merged);

    assertThat(actual.keySet()).as("the same files").isEqualTo(expected.keySet());
    expected.forEach(
        (file, text) ->
            assertThat(masked(actual.get(file)))
                .as(file + ", timings aside, byte for byte as the unsharded run wrote it")
                .isEqualTo(masked(text)));
    assertThat(Files.readString(merged.resolve("gradebook.csv")))
        .as("dee solved string-set, the others scored nothing")
        .contains("\ndee,dee,dee,graded,30.00,");
  }

  @Test
  @DisplayName("copies each student's folder from its shard unchanged")
  void copiesFoldersUnchanged() throws IOException {
    Path shard = shards.stream().filter(s -> Files.isDirectory(s.resolve("dee"))).findFirst().get();

    assertThat(files(merged.resolve("dee")))
        .as("dee's reports exactly as the shard wrote them")
        .isEqualTo(files(shard.resolve("dee")));
  }

  @Test
  @DisplayName("writes a gradebook a CSV reader reads back, one row per student")
  void gradebookIsCsv() throws IOException {
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(merged.resolve("gradebook.csv"))) {
      rows = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
    }

    assertThat(rows).as("five students").hasSize(5);
    assertThat(rows)
        .as("every row as wide as the header")
        .allSatisfy(row -> assertThat(row.isConsistent()).as(row.toString()).isTrue());
    assertThat(rows.stream().map(row -> row.get("source")))
        .as("the folder names, a comma and a leading = kept (the = defused with a quote)")
        .containsExactly("'=eve", "_bo_", "ada", "dee", "o'neil, =cmd");
    assertThat(rows.stream().map(row -> row.get("string-set")))
        .as("string-set's points per student")
        .containsExactly("0.00", "0.00", "0.00", "30.00", "0.00");
  }

  @Test
  @DisplayName("leaves no lock file behind, and lists the stray file once")
  void cleanOutput() throws IOException {
    assertThat(merged.resolve(".lock")).as("no lock file in the merged folder").doesNotExist();
    assertThat(whole.resolve(".lock")).as("no lock file after grade-all").doesNotExist();
    assertThat(Files.readString(merged.resolve("summary.md")))
        .as("the stray file listed once")
        .containsOnlyOnce("notes.txt");
  }

  /** Every regular file under {@code root} with its text, by relative path; the journal aside. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString();
        if (!name.equals("grade-all.log")) {
          files.put(name, Files.readString(file));
        }
      }
    }
    return files;
  }

  private static List<String> studentFolders(Path out) throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
    }
  }

  /**
   * Masks what differs between any two runs: durations, the time of grading, the order of the
   * slowest submissions.
   */
  private static String masked(String text) {
    String masked =
        text.replaceAll("\"(seconds|execution_time)\" : [0-9.E-]+", "\"$1\" : #")
            .replaceAll("\"gradedAt\" : \"[^\"]*\"", "\"gradedAt\" : #")
            .replaceAll("time=\"[0-9.]+\"", "time=\"#\"")
            .replaceAll("(?m),[0-9]+\\.[0-9],([0-9a-f]{12})$", ",#,$1")
            .replaceAll("[0-9]+\\.[0-9] s in all", "# s in all")
            .replaceAll("(?m)^(- .*): [0-9]+\\.[0-9] s$", "$1: # s");
    int slowest = masked.indexOf("## Slowest submissions");
    if (slowest < 0) {
      return masked;
    }
    int end = masked.indexOf("\n## ", slowest + 1);
    String section = masked.substring(slowest, end);
    String sorted = String.join("\n", section.lines().sorted().toList());
    return masked.substring(0, slowest) + sorted + masked.substring(end);
  }

  private static Process kubelab(String... args) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(args));
    if (args[0].equals("grade-all")) {
      arguments.addAll(List.of("--jobs", "1", "--exercise", "string-set"));
    }
    List<String> command =
        new JavaCommand()
            .property("kubelab.home", TestKit.kit().root())
            .classpath(TestJvm.ownClasspath())
            .main("io.kubelab.grader.cli.Main", arguments)
            .toList();
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
