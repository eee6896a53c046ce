package io.kubelab.grader.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A child JVM's command line")
class JavaCommandTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  @DisplayName("runs this JDK's java with the options in order, then the classpath, class and args")
  void optionsThenClasspathThenMain() {
    List<String> command =
        new JavaCommand()
            .option("-Xmx64m")
            .options(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData"))
            .property("kubelab.grading", true)
            .classpath(List.of(Path.of("/lib/a.jar"), Path.of("/work/classes")))
            .main("io.kubelab.Main", List.of("grade", "--json"))
            .toList();

    assertThat(command)
        .as("java, the options as added, -cp with the entries joined, the main class, its args")
        .containsExactly(
            JAVA,
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Dkubelab.grading=true",
            "-cp",
            "/lib/a.jar" + File.pathSeparator + "/work/classes",
            "io.kubelab.Main",
            "grade",
            "--json");
  }

  @Test
  @DisplayName("leaves out -cp without a classpath and ends with the options without a main class")
  void noClasspathNoMain() {
    List<String> command = new JavaCommand().option("-Xshare:dump").toList();

    assertThat(command)
        .as("only java and the option, for a JVM that runs no program")
        .containsExactly(JAVA, "-Xshare:dump");
  }
}
