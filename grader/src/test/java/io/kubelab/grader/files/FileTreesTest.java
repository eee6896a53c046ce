package io.kubelab.grader.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A folder tree")
class FileTreesTest {

  @Test
  @DisplayName("is copied whole, empty folders too, over files already there")
  void copiesEverything(@TempDir Path dir) throws IOException {
    Path from = dir.resolve("from");
    Files.createDirectories(from.resolve("src/main"));
    Files.createDirectories(from.resolve("empty"));
    Files.writeString(from.resolve("src/main/A.java"), "class A {}");
    Path to = dir.resolve("to");
    Files.createDirectories(to.resolve("src/main"));
    Files.writeString(to.resolve("src/main/A.java"), "old");

    FileTrees.copy(from, to, StandardCopyOption.REPLACE_EXISTING);

    assertThat(paths(to))
        .as("every folder and file of the source, at the same place")
        .containsExactly("", "empty", "src", "src/main", "src/main/A.java");
    assertThat(to.resolve("src/main/A.java"))
        .as("the file already there, replaced by the source's")
        .hasContent("class A {}");
  }

  @Test
  @DisplayName("is copied without the paths the caller does not want")
  void leavesOutUnwanted(@TempDir Path dir) throws IOException {
    Path from = dir.resolve("from");
    Files.createDirectories(from.resolve("target/classes"));
    Files.writeString(from.resolve("target/classes/A.class"), "bytes");
    Files.writeString(from.resolve("pom.xml"), "<project/>");
    Path to = dir.resolve("to");

    FileTrees.copy(from, to, relative -> !relative.startsWith("target"));

    assertThat(paths(to))
        .as("the copy without target/ and what it holds")
        .containsExactly("", "pom.xml");
  }

  @Test
  @DisplayName("is deleted with everything in it, and deleting one that is not there is no error")
  void deletes(@TempDir Path dir) throws IOException {
    Path tree = dir.resolve("tree");
    Files.createDirectories(tree.resolve("a/b"));
    Files.writeString(tree.resolve("a/b/c.txt"), "c");

    FileTrees.delete(tree);
    FileTrees.delete(tree);

    assertThat(tree).as("the deleted folder").doesNotExist();
    assertThat(dir).as("the folder that held it, kept").isDirectory();
  }

  @Test
  @DisplayName("is emptied in place: the folder itself is never removed, as a JVM may hold it")
  void emptiesInPlace(@TempDir Path dir) throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.createDirectories(tree.resolve("a/b"));
    Files.writeString(tree.resolve("a/b/c.class"), "c");
    // A mode no new folder gets (the umask gives rwxr-xr-x or the like): if it survives, the folder
    // was never deleted and made again.
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rwx-w----");
    Files.setPosixFilePermissions(tree, mode);

    FileTrees.empty(tree);
    FileTrees.empty(dir.resolve("new"));

    assertThat(paths(tree)).as("what is left under the emptied folder").containsExactly("");
    assertThat(Files.getPosixFilePermissions(tree))
        .as("the emptied folder's own mode: the same folder, never deleted and made again")
        .isEqualTo(mode);
    assertThat(dir.resolve("new")).as("a folder emptied before it existed, now made").isDirectory();
  }

  private static List<String> paths(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(path -> root.relativize(path).toString()).sorted().toList();
    }
  }
}
