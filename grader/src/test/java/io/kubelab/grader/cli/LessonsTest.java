package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("./kubelab lesson finds a lesson by what the screens show of it")
class LessonsTest {
  private final Catalog catalog;

  LessonsTest() throws IOException {
    catalog = Kit.locate().catalog();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pr-286",
        "pr-286-scheduler",
        "pr-286-scheduler.md",
        "lessons/pr-286-scheduler.md",
        "./lessons/pr-286-scheduler.md",
        "2",
        "286",
        "#286",
        "random-scheduler",
        "scheduler-split"
      })
  @DisplayName("the scheduler lesson by its id, file name, number, PR number or exercise")
  void findsTheSchedulerLesson(String name) {
    assertThat(Lessons.find(catalog, name).map(Lesson::id))
        .as("the lesson that %s names", name)
        .contains("pr-286");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"nope", "0", "99", "#2", "lessons/nope.md", ""})
  @DisplayName("nothing for a name that is none of these")
  void findsNothingElse(String name) {
    assertThat(Lessons.find(catalog, name)).as("the lesson that '%s' names", name).isEmpty();
  }
}
