package io.kubelab.grader.cli.student;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Progress is what the student's kit remembers between commands, kept in {@code
 * exercises/.kubelab-progress.json} (ignored by git): how many hints each exercise has shown, the
 * fingerprint of each exercise's files when it last passed its visible tests, and the last verdict
 * of each exercise with the content it was given for.
 *
 * <p>Deleting the file loses nothing a re-check cannot rebuild: a pass or a verdict counts only
 * while the files are byte for byte what was checked (any edit, or a reset, means checking again),
 * and the hints can be shown again. So the status screen, {@code solution} and {@code watch} answer
 * from here without compiling anything when nothing changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Progress(
    Map<String, Integer> hints, Map<String, String> passed, Map<String, Verdict> verdicts) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE = ".kubelab-progress.json";

  /**
   * Verdict is an exercise's last check: the digest of the files it checked, its state ({@code
   * passing}, {@code failing}, {@code not started} or {@code does not compile}) and how many of its
   * visible tests passed.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Verdict(String files, String state, long passing, int tests) {
    public static final String PASSING = "passing";
    public static final String FAILING = "failing";
    public static final String NOT_STARTED = "not started";
    public static final String NOT_COMPILING = "does not compile";

    /** The verdict on an exercise whose files are still the stub, which is never checked. */
    static Verdict notStarted() {
      return new Verdict("", NOT_STARTED, 0, 0);
    }

    static Verdict of(String files, ExerciseGrade grade) {
      String state =
          grade.started()
              ? grade.passed() ? PASSING : FAILING
              : grade.problems().isEmpty() ? NOT_STARTED : NOT_COMPILING;
      return new Verdict(files, state, grade.passedCount(), grade.checks().size());
    }

    /** "2 of 5 pass" when the tests ran; else why they did not. */
    public String counts() {
      return switch (state) {
        case PASSING, FAILING -> passing + " of " + tests + " pass";
        case NOT_STARTED -> "not started: its file is still the stub";
        default -> "it does not compile";
      };
    }
  }

  public Progress {
    hints = new TreeMap<>(hints == null ? Map.of() : hints);
    passed = new TreeMap<>(passed == null ? Map.of() : passed);
    verdicts = new TreeMap<>(verdicts == null ? Map.of() : verdicts);
  }

  public static Progress load(Kit kit) {
    Path file = kit.exercises().resolve(FILE);
    try {
      return Files.exists(file) ? JSON.readValue(file.toFile(), Progress.class) : empty();
    } catch (IOException unreadable) {
      // A damaged progress file only forgets what a re-check rebuilds.
      return empty();
    }
  }

  private static Progress empty() {
    return new Progress(Map.of(), Map.of(), Map.of());
  }

  public int hintsShown(String exerciseId) {
    return hints.getOrDefault(exerciseId, 0);
  }

  Progress withHintsShown(String exerciseId, int count) {
    Map<String, Integer> updated = new TreeMap<>(hints);
    updated.put(exerciseId, count);
    return new Progress(updated, passed, verdicts);
  }

  /** One more hint of {@code exercise} shown; all of them, once the last was. */
  public Progress withNextHint(Exercise exercise) {
    return withHintsShown(
        exercise.id(), Math.min(hintsShown(exercise.id()) + 1, exercise.hints().size()));
  }

  /** Returns whether {@code exercise} passed with its files exactly as they are now. */
  public boolean passes(Kit kit, Exercise exercise) throws IOException {
    return fingerprint(kit, exercise).equals(passed.get(exercise.id()));
  }

  /** Returns the last verdict on {@code exercise} if its files are exactly as it checked them. */
  public Optional<Verdict> verdict(Kit kit, Exercise exercise) throws IOException {
    Verdict verdict = verdicts.get(exercise.id());
    return verdict != null && verdict.files().equals(fingerprint(kit, exercise))
        ? Optional.of(verdict)
        : Optional.empty();
  }

  /**
   * Records {@code grade}, a check of {@code exercise} whose files had the {@code content} {@link
   * #fingerprint} before the check began: a save during the check then makes the files differ from
   * the verdict, which is checked again, instead of a verdict that belongs to older files.
   */
  public Progress withVerdict(Exercise exercise, String content, ExerciseGrade grade) {
    Map<String, String> updatedPassed = new TreeMap<>(passed);
    if (grade.passed()) {
      updatedPassed.put(exercise.id(), content);
    } else {
      updatedPassed.remove(exercise.id());
    }
    Map<String, Verdict> updatedVerdicts = new TreeMap<>(verdicts);
    updatedVerdicts.put(exercise.id(), Verdict.of(content, grade));
    return new Progress(hints, updatedPassed, updatedVerdicts);
  }

  public void save(Kit kit) throws IOException {
    AtomicFiles.write(
        kit.exercises().resolve(FILE),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
  }

  /**
   * A fingerprint of the exercise's files: two CRCs of their names and contents, and their length
   * (a missing file counts as empty). It only tells an edit from no edit, and costs no security
   * provider, whose loading would double the time of a command that answers from this file.
   */
  public static String fingerprint(Kit kit, Exercise exercise) throws IOException {
    CRC32C first = new CRC32C();
    CRC32 second = new CRC32();
    long length = 0;
    for (String name : exercise.files()) {
      Path file = kit.exercises().resolve(name);
      byte[] path = name.getBytes(StandardCharsets.UTF_8);
      byte[] content = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      for (byte[] part : List.of(path, content)) {
        first.update(part);
        second.update(part);
      }
      length += content.length;
    }
    return String.format(Locale.ROOT, "%08x%08x-%d", first.getValue(), second.getValue(), length);
  }
}
