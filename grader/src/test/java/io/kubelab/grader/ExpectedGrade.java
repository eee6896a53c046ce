package io.kubelab.grader;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * ExpectedGrade is the part of a grade a golden fixture pins down, taken from the {@code
 * results.json} and {@code feedback.md} the grader writes: total and maximum, each exercise's
 * status and points, each check's status, and the lines of feedback that hold one of the scenario's
 * key phrases. Timings are left out, and so is every decimal number inside those lines (the seconds
 * a test ran or used), so the projection is the same on an idle machine and a busy one.
 */
public record ExpectedGrade(
    double score, double maxScore, Map<String, ExerciseResult> exercises, List<String> says) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Points are compared to this many decimals, as results.json writes them. */
  private static final int DECIMALS = 4;

  /** One exercise: passed (every check), failed, or not graded (a check could not run). */
  public record ExerciseResult(
      String status, double score, double maxScore, Map<String, String> checks) {
    public ExerciseResult {
      Objects.requireNonNull(status, "an exercise has no status");
      checks = new TreeMap<>(Objects.requireNonNull(checks, "an exercise has no checks"));
    }
  }

  public ExpectedGrade {
    exercises = new TreeMap<>(Objects.requireNonNull(exercises, "exercises is missing"));
    says = List.copyOf(Objects.requireNonNull(says, "says is missing"));
  }

  /**
   * Projects the {@code results} and {@code feedback} written for a submission graded from {@code
   * graded}; a line of feedback is kept when it holds one of {@code phrases}, with {@code graded}
   * written as {@code <submission>} and each decimal number as {@code #.#}.
   */
  public static ExpectedGrade of(
      JsonNode results, String feedback, List<String> phrases, Path graded) {
    Map<String, List<JsonNode>> testsByExercise = new TreeMap<>();
    for (JsonNode test : results.get("tests")) {
      String name = test.get("name").asText();
      int colon = name.indexOf(": ");
      testsByExercise.computeIfAbsent(name.substring(0, colon), e -> new ArrayList<>()).add(test);
    }
    Map<String, ExerciseResult> exercises = new TreeMap<>();
    testsByExercise.forEach(
        (exercise, tests) -> {
          BigDecimal score = BigDecimal.ZERO;
          BigDecimal max = BigDecimal.ZERO;
          Map<String, String> checks = new TreeMap<>();
          for (JsonNode test : tests) {
            String status = test.has("status") ? test.get("status").asText() : "not graded";
            String check = test.get("name").asText().substring(exercise.length() + 2);
            String unique = check;
            for (int copy = 2; checks.containsKey(unique); copy++) {
              unique = check + " #" + copy;
            }
            checks.put(unique, status);
            if (test.has("score")) {
              score = score.add(test.get("score").decimalValue());
              max = max.add(test.get("max_score").decimalValue());
            }
          }
          exercises.put(
              exercise, new ExerciseResult(status(checks), round(score), round(max), checks));
        });
    return new ExpectedGrade(
        round(results.get("score").decimalValue()),
        round(results.get("extra_data").get("max_score").decimalValue()),
        exercises,
        says(feedback, phrases, graded));
  }

  /** Reads an {@code expected_grade.json}; anything out of place throws, naming the file. */
  public static ExpectedGrade read(Path json) throws IOException {
    try {
      return JSON.readValue(json.toFile(), ExpectedGrade.class);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new IOException(json + " is not a valid expected grade: " + e.getMessage(), e);
    }
  }

  /** Writes the grade with one check and one line of feedback per line, so a diff reads well. */
  public void write(Path json) throws IOException {
    // "\n" on every platform, so a regenerated file is the same bytes on Windows.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    Files.writeString(json, JSON.writer(printer).writeValueAsString(this) + "\n");
  }

  /** What differs from {@code actual}, one readable line per difference; empty when alike. */
  public List<String> drift(ExpectedGrade actual) {
    List<String> drift = new ArrayList<>();
    differ(drift, "score", score, actual.score);
    differ(drift, "max_score", maxScore, actual.maxScore);
    TreeSet<String> ids = new TreeSet<>(exercises.keySet());
    ids.addAll(actual.exercises.keySet());
    for (String id : ids) {
      ExerciseResult was = exercises.get(id);
      ExerciseResult now = actual.exercises.get(id);
      if (was == null || now == null) {
        drift.add(id + ": " + (was == null ? "graded, but not expected" : "expected, not graded"));
        continue;
      }
      differ(drift, id + " status", was.status(), now.status());
      differ(drift, id + " score", was.score(), now.score());
      differ(drift, id + " max_score", was.maxScore(), now.maxScore());
      TreeSet<String> checks = new TreeSet<>(was.checks().keySet());
      checks.addAll(now.checks().keySet());
      for (String check : checks) {
        differ(drift, id + ": " + check, was.checks().get(check), now.checks().get(check));
      }
    }
    says.stream().filter(l -> !actual.says.contains(l)).forEach(l -> drift.add("- says: " + l));
    actual.says.stream().filter(l -> !says.contains(l)).forEach(l -> drift.add("+ says: " + l));
    return drift;
  }

  private static void differ(List<String> drift, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      drift.add(
          what
              + ": expected "
              + (expected == null ? "nothing" : expected)
              + ", got "
              + (actual == null ? "nothing" : actual));
    }
  }

  private static String status(Map<String, String> checks) {
    if (checks.containsValue("not graded")) {
      return "not graded";
    }
    return checks.values().stream().allMatch("passed"::equals) ? "passed" : "failed";
  }

  private static List<String> says(String feedback, List<String> phrases, Path graded) {
    String where = graded.toAbsolutePath().toString();
    return feedback
        .lines()
        .filter(line -> phrases.stream().anyMatch(line::contains))
        .map(
            line ->
                line.replace(where, "<submission>").replaceAll("[0-9]+\\.[0-9]+", "#.#").strip())
        .distinct()
        .sorted()
        .toList();
  }

  private static double round(BigDecimal points) {
    return points.setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
