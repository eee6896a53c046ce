package io.kubelab.grader;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The grader's packages read top down: the command line over the benchmarks and class grading, over
 * reports and exports, over grading one submission, over compiling, test JVMs and submissions, over
 * the kit, files and processes. A package may use what stands below it and never what stands above,
 * no two packages need each other, and the runner, which lives in the student's JVM, needs nothing
 * of the grader.
 */
@DisplayName("The grader's packages")
class GraderBoundaryTest {
  private static final String GRADER = "io.kubelab.grader";

  /** A floor of the grader: packages that may use every floor below it and none above it. */
  private record Floor(String name, String... packages) {
    String[] qualified() {
      return Arrays.stream(packages).map(pkg -> GRADER + "." + pkg).toArray(String[]::new);
    }
  }

  /** The floors from the top down. */
  private static final List<Floor> FLOORS =
      List.of(
          new Floor("the command line", "cli"),
          new Floor("the watch screen", "cli.watch"),
          new Floor(
              "what the student's commands share, and the benchmarks",
              "cli.student",
              "cli.terminal",
              "bench"),
          new Floor("grading a whole class", "batch"),
          new Floor(
              "reports, exports, the lesson site and mutation testing",
              "report",
              "export",
              "site",
              "mutation"),
          new Floor("grading one submission", "grade"),
          new Floor("compiling", "compile"),
          new Floor("test JVMs", "jvm"),
          new Floor("submissions", "submission"),
          new Floor(
              "the kit's layout and catalog, files and child processes",
              "kit",
              "files",
              "process"));

  private static final JavaClasses GRADER_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(GRADER);

  @TestFactory
  @DisplayName("each depend on nothing that stands above them")
  Stream<DynamicTest> nothingAbove() {
    return IntStream.range(1, FLOORS.size())
        .mapToObj(
            level -> {
              Floor floor = FLOORS.get(level);
              List<String> above = new ArrayList<>();
              List<String> aboveNames = new ArrayList<>();
              for (Floor higher : FLOORS.subList(0, level)) {
                above.addAll(List.of(higher.qualified()));
                aboveNames.add(higher.name() + " (" + String.join(", ", higher.packages()) + ")");
              }
              String rule =
                  floor.name()
                      + " ("
                      + String.join(", ", floor.packages())
                      + ") depends on nothing above it: not on "
                      + String.join(", nor on ", aboveNames);
              return DynamicTest.dynamicTest(
                  rule,
                  () ->
                      noClasses()
                          .that()
                          .resideInAnyPackage(floor.qualified())
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(above.toArray(String[]::new))
                          .as(rule)
                          .check(GRADER_CLASSES));
            });
  }

  @Test
  @DisplayName("need no package that needs them back")
  void noCycles() {
    slices()
        .matching(GRADER + ".(**)")
        .should()
        .beFreeOfCycles()
        .as("no two packages of the grader need each other, however far round the loop")
        .check(GRADER_CLASSES);
  }

  @Test
  @DisplayName("leave the runner on its own: it runs in the student's JVM")
  void runnerStandsAlone() {
    noClasses()
        .that()
        .resideInAPackage(GRADER + ".runner..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(GRADER + "..").and(resideOutsideOfPackage(GRADER + ".runner..")))
        .as(
            "the runner depends on nothing of the grader, since it runs inside the student's test"
                + " JVM with only the kit and its tests beside it")
        .check(GRADER_CLASSES);
  }

  @Test
  @DisplayName("let reports read grades without ever starting a JVM")
  void reportsNeedNoJvm() {
    noClasses()
        .that()
        .resideInAPackage(GRADER + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(GRADER + ".jvm..", GRADER + ".compile..", GRADER + ".submission..")
        .as(
            "reports depend on grades, never on test JVMs, compilers or workspaces: writing a grade"
                + " down must not run anything")
        .check(GRADER_CLASSES);
  }
}
