package io.kubelab.grader.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A file written atomically")
class AtomicFilesTest {

  @Test
  @DisplayName("gets the mode of any new file (the umask's), not the 0600 of a temporary file")
  void usualPermissions(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

    AtomicFiles.write(dir.resolve("report.md"), "# report\n");

    assertThat(Files.getPosixFilePermissions(dir.resolve("report.md")))
        .as("the same permissions as a file created the ordinary way in the same folder")
        .isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.readString(dir.resolve("report.md")))
        .as("the content")
        .isEqualTo("# report\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no temporary file left behind")
          .containsExactlyInAnyOrder("plain.txt", "report.md");
    }
  }
}
