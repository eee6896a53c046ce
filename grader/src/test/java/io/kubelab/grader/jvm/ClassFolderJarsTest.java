package io.kubelab.grader.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A class folder on the grader's classpath")
class ClassFolderJarsTest {
  @TempDir Path dir;

  @Test
  @DisplayName(
      "reaches test JVMs as a jar with the same files and folders, beside the jars as they were")
  void isPackedIntoAJar() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("classes/io/kubelab/demo"));
    Files.writeString(folder.resolve("Demo.class"), "bytes of Demo");
    Files.writeString(dir.resolve("classes/README"), "a resource");
    Path library = Files.writeString(dir.resolve("library.jar"), "a jar");

    List<Path> classpath = ClassFolderJars.of(List.of(dir.resolve("classes"), library));

    assertThat(classpath).as("the classpath for test JVMs").hasSize(2).endsWith(library);
    assertThat(classpath.get(0).toString()).as("the class folder's replacement").endsWith(".jar");
    try (JarFile jar = new JarFile(classpath.get(0).toFile())) {
      assertThat(jar.stream().map(ZipEntry::getName))
          .as("the jar's entries, folders included so a package is found by its path")
          .containsExactlyInAnyOrder(
              "README", "io/", "io/kubelab/", "io/kubelab/demo/", "io/kubelab/demo/Demo.class");
      assertThat(jar.getInputStream(jar.getEntry("io/kubelab/demo/Demo.class")).readAllBytes())
          .as("a class file's bytes")
          .isEqualTo("bytes of Demo".getBytes());
    }
  }

  @Test
  @DisplayName("is packed again, as its classes are now, when its jar is gone")
  void goneJarIsPackedAgain() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("changing"));
    Path file = Files.writeString(folder.resolve("A.class"), "first");
    Path first = ClassFolderJars.of(List.of(folder)).get(0);
    Files.writeString(file, "second build");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    Files.delete(first);

    Path second = ClassFolderJars.of(List.of(folder)).get(0);

    assertThat(second).as("the jar of the changed folder").isNotEqualTo(first).isRegularFile();
    try (JarFile jar = new JarFile(second.toFile())) {
      assertThat(jar.getInputStream(jar.getEntry("A.class")).readAllBytes())
          .as("the changed class's bytes")
          .isEqualTo("second build".getBytes());
    }
  }
}
