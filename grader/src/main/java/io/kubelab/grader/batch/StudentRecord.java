package io.kubelab.grader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kubelab.grader.AtomicFiles;
import io.kubelab.grader.ExerciseGrade;
import io.kubelab.grader.Grade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * StudentRecord is a student's {@code grade.json}: the fingerprint of what was graded and the
 * points per exercise. It is written last, after every report of the student, so its presence means
 * the student's grading is complete; the gradebook and the summary are built from these.
 */
public record StudentRecord(
    String student,
    String source,
    String fingerprint,
    double score,
    double maxScore,
    Map<String, Double> exercises,
    double seconds,
    String gradedAt) {

  static final String FILE = "grade.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public StudentRecord {
    exercises = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
  }

  static StudentRecord of(SubmissionEntry entry, String fingerprint, Grade grade) {
    Map<String, Double> exercises = new LinkedHashMap<>();
    for (ExerciseGrade exercise : grade.exercises()) {
      exercises.put(exercise.exercise().id(), exercise.score());
    }
    return new StudentRecord(
        entry.student(),
        entry.path().getFileName().toString(),
        fingerprint,
        grade.score(),
        grade.maxScore(),
        exercises,
        grade.elapsed().toMillis() / 1000.0,
        Instant.now().toString());
  }

  /** Reads the record in {@code dir}, if a complete one is there. */
  static Optional<StudentRecord> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), StudentRecord.class));
    } catch (IOException damaged) {
      // A record written by another version, or edited by hand: grade the student again.
      return Optional.empty();
    }
  }

  void write(Path dir) throws IOException {
    AtomicFiles.write(dir.resolve(FILE), out -> out.write(JSON.writeValueAsBytes(this)));
  }
}
