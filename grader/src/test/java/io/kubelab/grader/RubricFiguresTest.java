package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the rubric gives known-wrong variants, pinned: one that misses its exercise's central
 * idea keeps at most 40% of the points, one with a lesser fault keeps more, and each scores exactly
 * what the grader printed when the weights in catalog.toml were chosen.
 *
 * <p>The real-etcd load checks ({@link ConcurrencyVariants#LOAD_CHECKS}) corroborate a
 * deterministic check that catches the same fault; whether their interleaving also loses a pod is
 * the machine's doing. So the pinned figure counts them as failed, and the 40% ceiling holds for
 * the score they leave whatever they find.
 */
@DisplayName("The rubric's weights")
class RubricFiguresTest {
  /** Most of an exercise a submission that misses its central idea may keep. */
  private static final double CEILING = 0.4;

  /**
   * A variant under {@code src/test/variants}, the figure the grader prints for its exercise, and
   * whether it misses the exercise's central idea.
   */
  record Figure(String variant, String printed, boolean missesTheIdea) {
    Variant find() {
      return Variant.all().stream()
          .filter(v -> v.toString().equals(variant))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no variant " + variant));
    }
  }

  private static final List<Figure> FIGURES =
      List.of(
          new Figure("random-scheduler/always-first", "8.0 / 40.0", true),
          new Figure("random-scheduler/round-robin-as-random", "15.0 / 40.0", true),
          new Figure("random-scheduler/next-int-n-minus-1", "15.0 / 40.0", true),
          new Figure("round-robin-scheduler/unlocked-index", "7.0 / 20.0", true),
          new Figure("update-manifests/plain-set-instead-of-cas", "4.0 / 30.0", true),
          new Figure("update-manifests/no-retry", "11.0 / 30.0", true),
          new Figure("jetcd-txn/read-check-put", "5.0 / 25.0", true),
          new Figure("random-scheduler/no-lock", "38.0 / 40.0", false),
          new Figure("round-robin-scheduler/division-by-zero", "19.0 / 20.0", false),
          new Figure("update-manifests/retry-on-every-error", "28.0 / 30.0", false));

  private final Grader grader = new Grader(TestKit.kit());

  @Test
  @DisplayName("leave at most 40% to a variant that misses the idea, and more to a lesser fault")
  void figuresArePinned(@TempDir Path dir) throws Exception {
    SoftAssertions softly = new SoftAssertions();
    int round = 0;
    for (List<Figure> figures : rounds()) {
      check(softly, figures, dir.resolve("round-" + round++));
    }
    softly.assertAll();
  }

  /** Grades {@code figures} together in one submission under {@code dir} and checks each. */
  private void check(SoftAssertions softly, List<Figure> figures, Path dir) throws Exception {
    Path submission = TestKit.solved(dir);
    for (Figure figure : figures) {
      TestKit.overlay(submission, figure.find().files());
    }
    List<String> exercises = figures.stream().map(f -> f.find().exercise()).toList();
    Grade grade = grader.grade(submission, new GradeOptions(true, exercises, Limits.defaults()));
    for (Figure figure : figures) {
      ExerciseGrade exercise =
          grade.exercises().stream()
              .filter(e -> e.exercise().id().equals(figure.find().exercise()))
              .findFirst()
              .orElseThrow();
      double corroborated =
          exercise.checks().stream()
              .filter(check -> ConcurrencyVariants.isLoadCheck(check.name()))
              .mapToDouble(Check::score)
              .sum();
      double pinned = exercise.score() - corroborated;
      String printed = String.format(Locale.ROOT, "%.1f / %.1f", pinned, exercise.maxScore());
      String groups =
          exercise.groups().stream()
              .map(
                  g ->
                      String.format(
                          Locale.ROOT, "%s %.1f / %.1f", g.group(), g.score(), g.maxScore()))
              .collect(Collectors.joining("; "));
      System.out.printf("%-48s %-12s %s%n", figure.variant(), printed, groups);
      softly
          .assertThat(printed)
          .as("the points of %s (%s)", figure.variant(), groups)
          .isEqualTo(figure.printed());
      if (figure.missesTheIdea()) {
        softly
            .assertThat(exercise.score())
            .as(
                "points of %s, which misses the idea of %s",
                figure.variant(), exercise.exercise().id())
            .isLessThanOrEqualTo(CEILING * exercise.maxScore());
      } else {
        softly
            .assertThat(exercise.score())
            .as("points of %s, whose fault is not the exercise's idea", figure.variant())
            .isGreaterThan(CEILING * exercise.maxScore());
        softly
            .assertThat(pinned)
            .as(
                "points of %s without the load checks, whose fault is not the exercise's idea",
                figure.variant())
            .isGreaterThan(CEILING * exercise.maxScore());
      }
    }
  }

  /**
   * Packs the variants into as few submissions as possible: variants of different exercises that
   * replace different files are graded together.
   */
  private static List<List<Figure>> rounds() {
    List<List<Figure>> rounds = new ArrayList<>();
    List<Set<String>> taken = new ArrayList<>();
    for (Figure figure : FIGURES) {
      Variant variant = figure.find();
      Set<String> files = new HashSet<>(filesOf(variant));
      files.add("exercise:" + variant.exercise());
      int fits = 0;
      while (fits < rounds.size() && taken.get(fits).stream().anyMatch(files::contains)) {
        fits++;
      }
      if (fits == rounds.size()) {
        rounds.add(new ArrayList<>());
        taken.add(new HashSet<>());
      }
      rounds.get(fits).add(figure);
      taken.get(fits).addAll(files);
    }
    assertThat(rounds).as("submissions to grade").isNotEmpty();
    return rounds;
  }

  private static List<String> filesOf(Variant variant) {
    try (Stream<Path> files = Files.walk(variant.files())) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .map(file -> variant.files().relativize(file).toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
