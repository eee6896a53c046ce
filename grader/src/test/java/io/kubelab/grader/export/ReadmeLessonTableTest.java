package io.kubelab.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.TestKit;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README")
class ReadmeLessonTableTest {
  private static final String BEGIN = "<!-- lesson table: generated from catalog.toml -->\n";
  private static final String END = "<!-- end of lesson table -->";

  @Test
  @DisplayName("shows the catalog's lessons and exercises, in course order")
  void lessonTableMatchesCatalog() throws IOException {
    Kit kit = TestKit.kit();
    String readme = Files.readString(kit.root().resolve("README.md"));
    String expected = LessonTable.render(kit.catalog());

    assertThat(readme)
        .as("the README marks where the generated lesson table begins and ends")
        .contains(BEGIN, END);
    String actual = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END));
    assertThat(actual)
        .as("README.md's lesson table is out of date; replace it with:%n%s", expected)
        .isEqualTo(expected);
  }
}
