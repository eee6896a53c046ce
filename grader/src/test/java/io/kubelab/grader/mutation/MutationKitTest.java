package io.kubelab.grader.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The solved kit PIT mutates")
class MutationKitTest {

  @Test
  @DisplayName("holds the solutions, the visible and hidden tests, and the catalog's PIT targets")
  void assemblesFromCatalog(@TempDir Path dir) throws IOException {
    Kit kit = Kit.locate();
    Path out = dir.resolve("kit");
    Files.createDirectories(out.resolve("main/stale"));
    Files.writeString(out.resolve("main/stale/Old.java"), "class Old {}");

    MutationKit.assemble(kit, out);

    assertThat(out.resolve("main/stale/Old.java"))
        .as("a file of the previous layout is gone")
        .doesNotExist();
    String properties = Files.readString(out.resolve("pit.properties"));
    for (String file : kit.catalog().studentFiles()) {
      String relative = file.substring("src/main/java/".length());
      assertThat(out.resolve("main").resolve(relative))
          .as("%s in the solved kit is the solution", file)
          .hasSameTextualContentAs(kit.solutions().resolve(file));
      assertThat(properties)
          .as("the PIT targets name the class of %s", file)
          .contains(MutationKit.className(file) + ",");
    }
    for (Exercise exercise : kit.catalog().exercises()) {
      for (String test : exercise.hiddenTests()) {
        assertThat(out.resolve("test").resolve(test.replace('.', '/') + ".java"))
            .as("hidden test %s of %s in the test root", test, exercise.id())
            .isRegularFile();
        assertThat(properties).as("the PIT targets name %s", test).contains(test + ",");
      }
      for (String test : exercise.tests()) {
        assertThat(out.resolve("test").resolve(test.replace('.', '/') + ".java"))
            .as("visible test %s of %s in the test root", test, exercise.id())
            .isRegularFile();
      }
    }
    for (String support : kit.catalog().supportTests()) {
      assertThat(properties)
          .as("the support test %s, which grades no exercise, is not a PIT target", support)
          .doesNotContain(support + ",");
    }
  }

  @Test
  @DisplayName("names a student file's class by its path under src/main/java")
  void namesClasses() {
    assertThat(MutationKit.className("src/main/java/io/kubelab/util/StringSet.java"))
        .as("the class of StringSet.java")
        .isEqualTo("io.kubelab.util.StringSet");
    assertThatThrownBy(() -> MutationKit.className("src/main/resources/io/kubelab/a.json"))
        .as("a file outside src/main/java")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not under src/main/java/");
  }
}
