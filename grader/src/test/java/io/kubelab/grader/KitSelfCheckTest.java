package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import io.kubelab.grader.grade.Grade;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.JvmPool;
import io.kubelab.grader.jvm.Limits;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.report.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit's self-check: the pristine kit scores 0, each stub scores 0 among solved exercises (which
 * is what lets the grader skip an unstarted exercise's tests), the solutions score full marks,
 * every known correct variant scores full marks and every known-wrong one loses points on its named
 * check.
 *
 * <p>Each verdict goes through the real grader (compile, child JVM, scoring), so a green run proves
 * the grader and the tests together. The variant table lands in {@code
 * target/self-check-variants.md}.
 *
 * <p>The gradings share one grader as grade-all does ({@link Grader#reusing}): the pristine kit is
 * compiled once and each grading compiles only what its submission changed, and the next test JVM
 * starts while a grading compiles. Verdicts are those of a grader that compiles everything: the
 * incremental build recompiles every test that names a type whose signature changed. Its progress
 * through over a hundred gradings is printed by {@link ClassProgressListener}.
 */
@DisplayName("The kit self-check")
class KitSelfCheckTest {
  private static final Map<String, String> TABLE = new ConcurrentSkipListMap<>();

  /** Each variant's grade, so the tests that look at one variant grade it once between them. */
  private static final Map<String, ExerciseGrade> GRADES = new ConcurrentSkipListMap<>();

  private static JvmPool jvms;
  private static Grader grader;

  @BeforeAll
  static void startGrader() {
    jvms = new JvmPool(1, JvmPool.Start.WHEN_TAKEN);
    grader = Grader.reusing(TestKit.kit(), jvms);
  }

  @AfterAll
  static void stopGrader() throws IOException {
    try {
      grader.close();
    } finally {
      jvms.close();
    }
  }

  @Test
  @DisplayName("the pristine exercises score 0 on every check")
  void pristineScoresZero(@TempDir Path dir) throws Exception {
    Grade grade = grader.grade(TestKit.pristine(dir), GradeOptions.full().withStubsTested());

    assertThat(grade.exercises())
        .as("every exercise of the catalog is graded")
        .hasSameSizeAs(TestKit.kit().catalog().exercises());
    for (ExerciseGrade exercise : grade.exercises()) {
      assertThat(exercise.checks())
          .as("checks of %s that pass on the untouched stub", exercise.exercise().id())
          .filteredOn(Check::passed)
          .isEmpty();
    }
    assertThat(grade.score()).as("the untouched stubs earn nothing").isZero();
  }

  @Test
  @DisplayName("the solutions get full marks on every check")
  void solutionsScoreFull(@TempDir Path dir) throws Exception {
    Grade grade = grader.grade(TestKit.solved(dir), GradeOptions.full());

    assertThat(grade.exercises())
        .as("every check of every exercise passes on the solved kit")
        .allSatisfy(
            exercise ->
                assertThat(exercise.checks())
                    .as(
                        "failed checks of %s:%n%s",
                        exercise.exercise().id(), TextReport.full(grade))
                    .allMatch(Check::passed));
    assertThat(grade.score())
        .as("the solved kit earns every point, bonus included")
        .isEqualTo(grade.exercises().stream().mapToDouble(ExerciseGrade::maxScore).sum())
        .isGreaterThanOrEqualTo(grade.maxScore());
  }

  @Test
  @DisplayName("the kit's support tests (embedded etcd, real etcd, JSON) pass")
  void supportTestsPass(@TempDir Path dir) throws Exception {
    Grade grade = grader.grade(TestKit.solved(dir), GradeOptions.support());

    // What each support test printed, e.g. which real etcd it used, goes into the build log.
    grade.exercises().get(0).checks().stream()
        .filter(check -> !check.output().isBlank())
        .forEach(check -> System.out.printf("%s:%n%s%n", check.name(), check.output().indent(2)));
    // Outside CI a test may skip for want of a real etcd or a Docker API; in CI it must run.
    boolean ci = "true".equals(System.getenv("CI"));
    assertThat(grade.exercises().get(0).checks())
        .as("support checks:%n%s", TextReport.full(grade))
        .isNotEmpty()
        .allMatch(check -> check.passed() || (!ci && check.notGraded()));
  }

  /**
   * The exercises that share a file with each other, and those files: a stub can only be put back
   * for all the exercises written in its file at once.
   */
  static Stream<List<String>> stubGroups() {
    Catalog catalog = TestKit.kit().catalog();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Exercise exercise : catalog.exercises()) {
      Set<String> group = new TreeSet<>(List.of(exercise.id()));
      for (String file : exercise.files()) {
        catalog.exercisesForFile(file).forEach(e -> group.add(e.id()));
      }
      groups.putIfAbsent(String.join(",", group), List.copyOf(group));
    }
    return groups.values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stubGroups")
  @DisplayName("a stub fails every one of its checks, even with every other exercise solved")
  void stubEarnsNothing(List<String> group, @TempDir Path dir) throws Exception {
    Catalog catalog = TestKit.kit().catalog();
    Path submission = TestKit.solved(dir);
    for (String id : group) {
      for (String file : catalog.exercise(id).orElseThrow().files()) {
        Files.copy(
            TestKit.kit().exercises().resolve(file),
            submission.resolve(file),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }

    Grade grade =
        grader.grade(
            submission, new GradeOptions(true, group, Limits.defaults()).withStubsTested());

    for (ExerciseGrade exercise : grade.exercises()) {
      assertThat(exercise.checks())
          .as("checks of %s that pass on its stub", exercise.exercise().id())
          .isNotEmpty()
          .filteredOn(Check::passed)
          .isEmpty();
    }
  }

  static Stream<Variant> variants() {
    return Variant.selected().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  @DisplayName("a known variant gets the verdict it deserves")
  void variantGetsItsVerdict(Variant variant, @TempDir Path dir) throws Exception {
    ExerciseGrade grade = graded(variant, dir);
    List<String> failed =
        grade.checks().stream().filter(check -> !check.passed()).map(Check::name).toList();
    TABLE.put(
        variant.toString(),
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %.1f / %.1f | %s |",
            variant.exercise(),
            variant.name(),
            variant.correct() ? "correct" : "wrong: " + variant.description(),
            grade.score(),
            grade.maxScore(),
            failed.stream().map(KitSelfCheckTest::shortName).collect(Collectors.joining("; "))));

    if (variant.correct()) {
      assertThat(failed).as("checks a correct variant failed").isEmpty();
    } else {
      assertThat(variant.caughtBy()).as("caught_by in variant.properties").isNotBlank();
      assertThat(failed)
          .as("failed checks of a wrong variant (%s)", variant.description())
          .anyMatch(name -> name.contains(variant.caughtBy()));
      assertThat(grade.score())
          .as("the known-wrong variant loses points")
          .isLessThan(grade.maxScore());
    }
  }

  static Stream<Variant> concurrencyVariants() {
    return Variant.selected().stream().filter(ConcurrencyVariants::isOne);
  }

  /**
   * The checks of a concurrency fault script its interleaving (a lockstep, an interloper, a
   * meeting) instead of hoping for a race, so grading it again changes no verdict. The real-etcd
   * load checks are left out of the comparison: they corroborate, and no fault relies on them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("concurrencyVariants")
  @DisplayName("a known-wrong concurrency variant gets the same verdict on every check, twice")
  void concurrencyVerdictsAreStable(Variant variant, @TempDir Path dir) throws Exception {
    assertThat(ConcurrencyVariants.LOAD_CHECKS)
        .as(
            "the real-etcd load checks, none of which may be the check that catches %s (%s):"
                + " every fault needs a deterministic catcher",
            variant, variant.caughtBy())
        .noneMatch(load -> load.contains(variant.caughtBy()));

    Map<String, Boolean> first = ConcurrencyVariants.verdicts(graded(variant, dir.resolve("a")));
    Map<String, Boolean> second = ConcurrencyVariants.verdicts(grade(variant, dir.resolve("b")));

    assertThat(second)
        .as(
            "per-check verdicts (true = passed) of %s graded a second time, against the first"
                + " grading; a check whose verdict changes depends on timing, not on the code",
            variant)
        .isEqualTo(first);
  }

  /** Returns the grade of {@code variant} on its exercise, graded once for all the tests here. */
  private ExerciseGrade graded(Variant variant, Path dir) throws Exception {
    ExerciseGrade known = GRADES.get(variant.toString());
    if (known == null) {
      known = grade(variant, dir);
      GRADES.put(variant.toString(), known);
    }
    return known;
  }

  private ExerciseGrade grade(Variant variant, Path dir) throws Exception {
    Path submission = TestKit.overlay(TestKit.solved(dir), variant.files());
    return grader.grade(submission, GradeOptions.only(variant.exercise())).exercises().get(0);
  }

  @Test
  @DisplayName("the scheduler faults and load checks the stability check names exist in the kit")
  void concurrencyNamesExist() throws IOException {
    assertThat(Variant.all().stream().map(Variant::toString))
        .as("the kit's variants, which must include every scheduler fault graded twice")
        .containsAll(ConcurrencyVariants.SCHEDULER_FAULTS);
    String hidden =
        Files.readString(
            TestKit.kit()
                .root()
                .resolve("grader/hidden/io/kubelab/tools/JetcdClientHiddenTest.java"));
    assertThat(ConcurrencyVariants.LOAD_CHECKS)
        .as("load checks left out of the stability check, each the name of a jetcd-txn check")
        .allMatch(hidden::contains);
  }

  @AfterAll
  static void writeTable() throws IOException {
    if (TABLE.isEmpty()) {
      return;
    }
    String header =
        "| exercise | variant | kind | score | checks that failed |\n|---|---|---|---|---|\n";
    Path out = TestKit.kit().root().resolve("grader/target/self-check-variants.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, header + String.join("\n", TABLE.values()) + "\n");
  }

  private static String shortName(String name) {
    int cut = name.indexOf(" › ");
    return cut < 0 ? name : name.substring(cut + 3);
  }
}
