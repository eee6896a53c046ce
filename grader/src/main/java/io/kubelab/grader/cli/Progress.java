package io.kubelab.grader.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress is what the student's kit remembers between commands, kept in {@code
 * exercises/.kubelab-progress.json} (ignored by git): how many hints each exercise has shown.
 * Deleting the file only forgets the hints; pass/fail is always re-checked.
 */
record Progress(Map<String, Integer> hints) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE = ".kubelab-progress.json";

  static Progress load(Kit kit) {
    Path file = kit.exercises().resolve(FILE);
    try {
      return Files.exists(file) ? JSON.readValue(file.toFile(), Progress.class) : empty();
    } catch (IOException unreadable) {
      // A damaged progress file only forgets which hints were shown.
      return empty();
    }
  }

  private static Progress empty() {
    return new Progress(new TreeMap<>());
  }

  int hintsShown(String exerciseId) {
    return hints.getOrDefault(exerciseId, 0);
  }

  Progress withHintsShown(String exerciseId, int count) {
    Map<String, Integer> updated = new TreeMap<>(hints);
    updated.put(exerciseId, count);
    return new Progress(updated);
  }

  void save(Kit kit) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(kit.exercises().resolve(FILE).toFile(), this);
  }
}
