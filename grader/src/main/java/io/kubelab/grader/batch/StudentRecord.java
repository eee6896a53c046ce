package io.kubelab.grader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * StudentRecord is a student's {@code grade.json}: who (the id their reports are filed under and
 * their real name), the fingerprint of what was graded, the grade's status, the points per exercise
 * and, for an incomplete grade, which checks the grading machine could not run and why. It is
 * written last, after every report of the student, so its presence means the student's grading
 * ended; the gradebook and the summary are built from these.
 *
 * <p>{@code status} is {@code graded}, {@code incomplete} (some checks could not run on this
 * machine) or {@code unreadable} (nothing of the submission could be read); {@code ungraded} says
 * what was not graded and why: each check the machine could not run, or why nothing could be read.
 */
public record StudentRecord(
    String student,
    String name,
    String source,
    String fingerprint,
    String status,
    double score,
    double maxScore,
    Map<String, Double> exercises,
    List<String> ungraded,
    double seconds,
    String gradedAt) {

  static final String FILE = "grade.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public StudentRecord {
    exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
    // A record written before statuses existed was complete: incomplete ones were not recorded.
    status = status == null ? Grade.Status.GRADED.label() : status;
    ungraded = ungraded == null ? List.of() : List.copyOf(ungraded);
  }

  /** Whether this grade is the whole grade: readable, and every check could run. */
  public boolean complete() {
    return status.equals(Grade.Status.GRADED.label());
  }

  /** Whether the grading machine could not run some checks, so this grade is not whole yet. */
  public boolean incomplete() {
    return status.equals(Grade.Status.INCOMPLETE.label());
  }

  static StudentRecord of(SubmissionEntry entry, String fingerprint, Grade grade) {
    Map<String, Double> exercises = new LinkedHashMap<>();
    for (ExerciseGrade exercise : grade.exercises()) {
      exercises.put(exercise.exercise().id(), exercise.score());
    }
    List<String> ungraded =
        grade.status() == Grade.Status.UNREADABLE
            ? grade.problems()
            : grade.notGraded().stream()
                .map(
                    check ->
                        check.exercise()
                            + ": "
                            + check.name()
                            + ": "
                            + check.output().lines().findFirst().orElse("").strip())
                .toList();
    return new StudentRecord(
        entry.student(),
        entry.name(),
        entry.path().getFileName().toString(),
        fingerprint,
        grade.status().label(),
        grade.score(),
        grade.maxScore(),
        exercises,
        ungraded,
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
