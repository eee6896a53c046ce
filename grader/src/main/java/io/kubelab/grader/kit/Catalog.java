package io.kubelab.grader.kit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Catalog is the ordered list of lessons and exercises read from {@code catalog.toml}, the kit's
 * single source of truth for what a student edits, which tests grade it and what it is worth.
 */
public record Catalog(
    @JsonProperty("format_version") int formatVersion,
    List<String> supportTests,
    List<Lesson> lessons,
    List<Exercise> exercises) {

  /** The catalog format this grader reads; a newer catalog needs a newer grader. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The least CPU budget an exercise may give its tests: a test's first call loads classes and
   * compiles code, tenths of a second that a smaller budget would charge to a correct solution.
   */
  static final double MIN_CPU_SECONDS = 0.5;

  /** The most: a budget is a hang detector, and a longer one only makes a hang cost more. */
  static final double MAX_CPU_SECONDS = 60;

  /** Reads and checks {@code file}. */
  public static Catalog load(Path file) throws IOException {
    TomlMapper mapper =
        TomlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    Catalog catalog;
    try (var in = Files.newInputStream(file)) {
      catalog = mapper.readValue(in, Catalog.class);
    }
    if (catalog.formatVersion() != FORMAT_VERSION) {
      throw new IOException(
          file
              + " has format_version "
              + catalog.formatVersion()
              + "; this grader reads "
              + FORMAT_VERSION);
    }
    for (Exercise exercise : catalog.exercises()) {
      if (catalog.lesson(exercise.lesson()).isEmpty()) {
        throw new IOException(
            file + ": exercise " + exercise.id() + " names unknown lesson " + exercise.lesson());
      }
      if (exercise.cpuSeconds() != null
          && !(exercise.cpuSeconds() >= MIN_CPU_SECONDS
              && exercise.cpuSeconds() <= MAX_CPU_SECONDS)) {
        throw new IOException(
            file
                + ": exercise "
                + exercise.id()
                + " has cpu_seconds = "
                + exercise.cpuSeconds()
                + "; a test's CPU budget must be between "
                + MIN_CPU_SECONDS
                + " and "
                + MAX_CPU_SECONDS
                + " seconds");
      }
      String problem = rubricProblem(exercise);
      if (problem != null) {
        throw new IOException(file + ": the rubric of exercise " + exercise.id() + " " + problem);
      }
    }
    return catalog;
  }

  /**
   * Returns what is wrong with the rubric of {@code exercise}, or null: it must name each group
   * once and briefly, give its points, and share exactly the exercise's points; every check pattern
   * must be {@code TestClass#method} naming one of the exercise's test classes. Whether every test
   * method lands in exactly one group needs the compiled tests, so the kit's own tests check that.
   */
  private static String rubricProblem(Exercise exercise) {
    if (exercise.rubric().isEmpty()) {
      return "is missing: add [[exercises.rubric]] groups that share its points";
    }
    Set<String> names = new HashSet<>();
    double total = 0;
    for (RubricGroup group : exercise.rubric()) {
      if (group.group() == null || group.group().isBlank() || !names.add(group.group())) {
        return "needs a distinct, non-empty name for every group, not '" + group.group() + "'";
      }
      if (group.group().length() > RubricGroup.NAME_WIDTH) {
        return "names group '"
            + group.group()
            + "': at most "
            + RubricGroup.NAME_WIDTH
            + " characters, so the grade report can line the groups up";
      }
      if (!(group.points() >= 0)) {
        return "gives group '" + group.group() + "' " + group.points() + " points";
      }
      if (group.checks().isEmpty()) {
        return "lists no checks in group '" + group.group() + "'";
      }
      for (String pattern : group.checks()) {
        if (exercise.allTests().stream().noneMatch(test -> RubricGroup.namesClass(pattern, test))) {
          return "has check pattern '"
              + pattern
              + "' in group '"
              + group.group()
              + "', which is not TestClass#method for a test class of the exercise "
              + exercise.allTests();
        }
      }
      total += group.points();
    }
    if (Math.abs(total - exercise.points()) > 1e-9) {
      return "shares " + total + " points, but the exercise is worth " + exercise.points();
    }
    return null;
  }

  public Catalog {
    supportTests = supportTests == null ? List.of() : List.copyOf(supportTests);
    lessons = List.copyOf(lessons);
    exercises = List.copyOf(exercises);
  }

  /**
   * Returns the kit's support tests as an exercise worth nothing, so the grader can run them like
   * any other: the self-check requires every one of its checks to pass.
   */
  public Exercise support() {
    return new Exercise(
        "kit-support",
        "",
        "The kit's own support code",
        List.of(),
        supportTests,
        List.of(),
        List.of(),
        0,
        false,
        List.of(new RubricGroup("support", 0, List.of("*#*"))),
        null);
  }

  /** Returns the lesson with {@code id}, if any. */
  public Optional<Lesson> lesson(String id) {
    return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
  }

  /** Returns the exercise with {@code id}, if any. */
  public Optional<Exercise> exercise(String id) {
    return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
  }

  /** Returns the exercises of {@code lessonId} in course order. */
  public List<Exercise> exercisesOf(String lessonId) {
    return exercises.stream().filter(exercise -> exercise.lesson().equals(lessonId)).toList();
  }

  /** Returns the exercise whose visible or hidden tests include {@code testClass}, if any. */
  public Optional<Exercise> exerciseForTest(String testClass) {
    return exercises.stream()
        .filter(exercise -> exercise.allTests().contains(testClass))
        .findFirst();
  }

  /** Returns every student-editable file, each once, in course order. */
  public List<String> studentFiles() {
    return exercises.stream().flatMap(exercise -> exercise.files().stream()).distinct().toList();
  }

  /**
   * Returns the exercises that edit {@code file}: usually one, several where a file holds a region
   * for each (a broken file costs every exercise written in it).
   */
  public List<Exercise> exercisesForFile(String file) {
    return exercisesEditing(file::equals);
  }

  /**
   * Returns, in course order, the exercises that edit a file {@code files} accepts: the one answer
   * to which exercises a saved file, a changed file or a problem with a file concerns.
   */
  public List<Exercise> exercisesEditing(Predicate<String> files) {
    return exercises.stream()
        .filter(exercise -> exercise.files().stream().anyMatch(files))
        .toList();
  }
}
