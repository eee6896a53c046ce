package io.kubelab.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.KubelabProcess;
import io.kubelab.grader.TestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading on a machine with no real etcd, as {@code ./kubelab} runs it: no etcd binary, no cluster
 * named, no Docker API, and {@code CI=true} (under which the kit's own tests fail without etcd).
 * The real-etcd checks are not graded, never failed, and the grade says it is incomplete.
 */
@DisplayName("Grading where no real etcd can start")
class EtcdlessGradingTest {
  private static final String EXERCISE = "jetcd-txn";

  @TempDir Path dir;

  @Test
  @DisplayName("grade says INCOMPLETE on its first line, exits 3, and leaves the checks unscored")
  void gradeSaysIncomplete() throws Exception {
    Path solved = TestKit.solved(dir.resolve("solved"));
    Path json = dir.resolve("results.json");

    KubelabProcess.Run run =
        kubelab("grade", solved.toString(), "--exercise", EXERCISE, "--json", json.toString());

    assertThat(run.status()).as("exit status of grade:%n%s", run.output()).isEqualTo(3);
    assertThat(run.output().lines().findFirst().orElse(""))
        .as("the first line of grade's report")
        .startsWith("INCOMPLETE GRADE:")
        .contains(EXERCISE, "needs a real etcd");
    JsonNode results = new ObjectMapper().readTree(json.toFile());
    List<JsonNode> tests = new ArrayList<>();
    results.get("tests").forEach(tests::add);
    assertThat(tests)
        .as("the checks of %s in results.json", EXERCISE)
        .isNotEmpty()
        .allSatisfy(
            test -> {
              assertThat(test.has("score") || test.has("max_score") || test.has("status"))
                  .as("%s carries a score, max_score or status", test.get("name"))
                  .isFalse();
              assertThat(test.get("output").asText())
                  .as("output of %s", test.get("name"))
                  .startsWith(Grader.NOT_GRADED);
            });
  }

  @Test
  @DisplayName("grade-all exits 3 and lists the grade under grader failures; --allow-ungraded, 0")
  void gradeAllIsStrict() throws Exception {
    Path classDir = Files.createDirectories(dir.resolve("class"));
    TestKit.solved(classDir.resolve("alice"));
    Path out = dir.resolve("out");

    KubelabProcess.Run strict =
        kubelab("grade-all", classDir.toString(), "--out", out.toString(), "--exercise", EXERCISE);
    String summary = Files.readString(out.resolve("summary.md"));
    List<String> gradebook = Files.readAllLines(out.resolve("gradebook.csv"));
    KubelabProcess.Run allowed =
        kubelab(
            "grade-all",
            classDir.toString(),
            "--out",
            out.toString(),
            "--exercise",
            EXERCISE,
            "--allow-ungraded");

    assertThat(strict.status()).as("exit status of grade-all:%n%s", strict.output()).isEqualTo(3);
    assertThat(summary)
        .as("summary.md")
        .contains("1 incomplete")
        .contains("left ungraded: " + EXERCISE)
        .contains("- alice (incomplete):")
        .contains("needs a real etcd");
    assertThat(gradebook)
        .as("the gradebook row of alice")
        .anyMatch(line -> line.startsWith("alice,alice,alice,incomplete,"));
    assertThat(Files.readString(out.resolve("alice/feedback.md")))
        .as("alice's feedback")
        .contains("INCOMPLETE GRADE");
    assertThat(allowed.status())
        .as("exit status with --allow-ungraded:%n%s", allowed.output())
        .isZero();
    assertThat(allowed.output())
        .as("what grade-all says with --allow-ungraded")
        .contains("left ungraded: " + EXERCISE);
  }

  /** Runs the command line in its own JVM, in an environment that has no way to a real etcd. */
  private KubelabProcess.Run kubelab(String... args) throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    return KubelabProcess.run(
        TestKit.kit().root(),
        env -> {
          env.keySet()
              .removeIf(name -> name.startsWith("DOCKER_") || name.startsWith("TESTCONTAINERS_"));
          env.remove("KUBELAB_ETCD_ENDPOINTS");
          env.put("KUBELAB_ETCD_BINARY", dir.resolve("no-etcd-here").toString());
          env.put("HOME", home.toString());
          env.put("CI", "true");
        },
        args);
  }
}
