package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.kubelab.grader.compile.SourceCompiler;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.kit.RubricGroup;
import io.kubelab.grader.site.Course;
import io.kubelab.grader.site.Language;
import io.kubelab.grader.submission.Submission;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The catalog's rubrics against the compiled tests: every graded test method counts towards exactly
 * one group of its exercise, so a new or renamed test cannot slip through unweighted, and every
 * check pattern still names a test method.
 */
@DisplayName("The rubric of each exercise")
class RubricTest {
  /** The graded test methods of each exercise, found as the grader's runner finds them. */
  private static final Map<Exercise, List<MethodSource>> METHODS = new LinkedHashMap<>();

  @BeforeAll
  static void discoverTestMethods() throws IOException {
    Kit kit = TestKit.kit();
    try (Workspace workspace = Workspace.create(kit, Submission.read(kit.solutions(), kit), true);
        SourceCompiler compiler = new SourceCompiler()) {
      List<Path> classpath = new ArrayList<>(TestJvm.ownClasspath());
      assertThat(
              compiler
                  .compile(
                      Workspace.javaFiles(workspace.mainSources()),
                      workspace.mainClasses(),
                      classpath)
                  .errors())
          .as("compile errors of the solved kit")
          .isEmpty();
      classpath.add(workspace.mainClasses());
      assertThat(
              compiler
                  .compile(
                      Workspace.javaFiles(workspace.testSources()),
                      workspace.testClasses(),
                      classpath)
                  .errors())
          .as("compile errors of the kit's visible and hidden tests")
          .isEmpty();
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {
                workspace.mainClasses().toUri().toURL(), workspace.testClasses().toUri().toURL()
              },
              RubricTest.class.getClassLoader())) {
        for (Exercise exercise : kit.catalog().exercises()) {
          TestPlan plan =
              LauncherFactory.create()
                  .discover(
                      LauncherDiscoveryRequestBuilder.request()
                          .selectors(
                              exercise.allTests().stream()
                                  .map(name -> selectClass(loader, name))
                                  .toList())
                          .build());
          List<MethodSource> methods = new ArrayList<>();
          for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier node : plan.getDescendants(root)) {
              node.getSource()
                  .filter(MethodSource.class::isInstance)
                  .map(MethodSource.class::cast)
                  .ifPresent(methods::add);
            }
          }
          METHODS.put(exercise, methods);
        }
      }
    }
  }

  @Test
  @DisplayName("puts every test method of an exercise in exactly one of its groups")
  void everyMethodInOneGroup() {
    for (var entry : METHODS.entrySet()) {
      Exercise exercise = entry.getKey();
      assertThat(entry.getValue()).as("test methods found for %s", exercise.id()).isNotEmpty();
      for (MethodSource method : entry.getValue()) {
        assertThat(exercise.allTests())
            .as(
                "the test classes of %s, which must hold %s#%s itself (a nested class is not"
                    + " graded)",
                exercise.id(), method.getClassName(), method.getMethodName())
            .contains(method.getClassName());
        List<String> groups =
            exercise.rubric().stream()
                .filter(group -> group.covers(method.getClassName(), method.getMethodName()))
                .map(RubricGroup::group)
                .toList();
        assertThat(groups)
            .as(
                "the rubric groups of %s that hold %s#%s; add it to exactly one in catalog.toml",
                exercise.id(),
                method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1),
                method.getMethodName())
            .hasSize(1);
      }
    }
  }

  @Test
  @DisplayName("names in every check pattern at least one test method")
  void everyPatternMatches() {
    for (var entry : METHODS.entrySet()) {
      Exercise exercise = entry.getKey();
      for (RubricGroup group : exercise.rubric()) {
        for (String pattern : group.checks()) {
          RubricGroup alone = new RubricGroup(group.group(), group.points(), List.of(pattern));
          assertThat(entry.getValue())
              .as(
                  "test methods of %s matched by '%s' in group '%s' (renamed or removed?)",
                  exercise.id(), pattern, group.group())
              .anyMatch(method -> alone.covers(method.getClassName(), method.getMethodName()));
        }
      }
    }
  }

  @Test
  @DisplayName("is shown, as the catalog has it, in the exercise's lesson, in both languages")
  void lessonsShowTheRubric() throws IOException {
    Kit kit = TestKit.kit();
    for (Language language : Language.values()) {
      for (Exercise exercise : kit.catalog().exercises()) {
        assertShowsRubric(kit, exercise, language);
      }
    }
  }

  private static void assertShowsRubric(Kit kit, Exercise exercise, Language language)
      throws IOException {
    Lesson lesson = kit.catalog().lesson(exercise.lesson()).orElseThrow();
    Path file = Course.lessonFile(kit, lesson, language);
    Path shown = kit.root().relativize(file);
    String markdown = Files.readString(file);
    String begin = RubricBlock.begin(exercise);
    String expected = RubricBlock.render(exercise, language);

    assertThat(markdown)
        .as(
            "%s must hold the rubric of %s once, between %s and %s",
            shown, exercise.id(), begin.strip(), RubricBlock.END)
        .containsOnlyOnce(begin);
    int start = markdown.indexOf(begin);
    int end = markdown.indexOf(RubricBlock.END, start);
    assertThat(end)
        .as("the end marker of the rubric of %s in %s", exercise.id(), shown)
        .isPositive();
    assertThat(markdown.substring(start, end + RubricBlock.END.length()))
        .as(
            "the rubric of %s in %s is out of date; replace it with:%n%s",
            exercise.id(), shown, expected)
        .isEqualTo(expected);
  }
}
