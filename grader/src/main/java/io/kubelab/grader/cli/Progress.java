package io.kubelab.grader.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.AtomicFiles;
import io.kubelab.grader.Exercise;
import io.kubelab.grader.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress is what the student's kit remembers between commands, kept in {@code
 * exercises/.kubelab-progress.json} (ignored by git): how many hints each exercise has shown, and
 * the content of each exercise's files when it last passed its visible tests.
 *
 * <p>Deleting the file loses nothing a re-check cannot rebuild: a pass counts only while the files
 * are byte for byte what passed (any edit, or a reset, means checking again), and the hints can be
 * shown again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Progress(Map<String, Integer> hints, Map<String, String> passed) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE = ".kubelab-progress.json";

  Progress {
    hints = new TreeMap<>(hints == null ? Map.of() : hints);
    passed = new TreeMap<>(passed == null ? Map.of() : passed);
  }

  static Progress load(Kit kit) {
    Path file = kit.exercises().resolve(FILE);
    try {
      return Files.exists(file) ? JSON.readValue(file.toFile(), Progress.class) : empty();
    } catch (IOException unreadable) {
      // A damaged progress file only forgets what a re-check rebuilds.
      return empty();
    }
  }

  private static Progress empty() {
    return new Progress(Map.of(), Map.of());
  }

  int hintsShown(String exerciseId) {
    return hints.getOrDefault(exerciseId, 0);
  }

  Progress withHintsShown(String exerciseId, int count) {
    Map<String, Integer> updated = new TreeMap<>(hints);
    updated.put(exerciseId, count);
    return new Progress(updated, passed);
  }

  /** Returns whether {@code exercise} passed with its files exactly as they are now. */
  boolean passes(Kit kit, Exercise exercise) throws IOException {
    return contentOf(kit, exercise).equals(passed.get(exercise.id()));
  }

  /** Records that {@code exercise} passes, or no longer does, with its files as they are now. */
  Progress withPassed(Kit kit, Exercise exercise, boolean passes) throws IOException {
    Map<String, String> updated = new TreeMap<>(passed);
    if (passes) {
      updated.put(exercise.id(), contentOf(kit, exercise));
    } else {
      updated.remove(exercise.id());
    }
    return new Progress(hints, updated);
  }

  void save(Kit kit) throws IOException {
    AtomicFiles.write(
        kit.exercises().resolve(FILE),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
  }

  /** A digest of the exercise's files; a missing file digests as nothing at all. */
  private static String contentOf(Kit kit, Exercise exercise) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : exercise.files()) {
        Path file = kit.exercises().resolve(name);
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (Files.isRegularFile(file)) {
          digest.update(Files.readAllBytes(file));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
