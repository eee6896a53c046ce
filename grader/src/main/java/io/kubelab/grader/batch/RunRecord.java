package io.kubelab.grader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kubelab.grader.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RunRecord is {@code grade-all.json}, what one run of {@code grade-all} did, for {@code gradebook
 * merge}: which shard it graded, how long it took, the entries that were not submissions, and each
 * outcome with its position in the class's sorted listing, so shards merge back into class order.
 */
public record RunRecord(String shard, double seconds, List<String> ignored, List<Entry> outcomes) {
  static final String FILE = "grade-all.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One submission's outcome: its folder's id, the student's real name, and the entry it was read
   * from; the student's own folder holds the rest.
   */
  public record Entry(
      int position, String student, String name, String source, String status, String error) {}

  static Entry entry(int position, StudentResult outcome) {
    return new Entry(
        position,
        outcome.entry().student(),
        outcome.entry().name(),
        outcome.entry().path().getFileName().toString(),
        outcome.status().name(),
        outcome.error());
  }

  public RunRecord {
    ignored = List.copyOf(ignored);
    outcomes = List.copyOf(outcomes);
  }

  static RunRecord read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "no " + FILE + " in " + dir + ": not the --out folder of a finished grade-all run");
    }
    return JSON.readValue(file.toFile(), RunRecord.class);
  }

  void write(Path dir) throws IOException {
    AtomicFiles.write(dir.resolve(FILE), out -> out.write(JSON.writeValueAsBytes(this)));
  }
}
