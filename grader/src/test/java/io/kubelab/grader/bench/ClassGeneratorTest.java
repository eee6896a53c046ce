package io.kubelab.grader.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's class is the same for a seed, and no two of its files are the same bytes. */
@DisplayName("The benchmark's generated class")
class ClassGeneratorTest {
  private static final int SUBMISSIONS = 40;

  @Test
  @DisplayName("holds no two byte-identical files, stubs and solutions included")
  void noTwoFilesAlike(@TempDir Path dir) throws IOException {
    new ClassGenerator(kit(), 7).generate(dir, SUBMISSIONS);

    Map<ByteBuffer, Path> seen = new HashMap<>();
    List<Path> files = files(dir);
    for (Path file : files) {
      Path earlier = seen.putIfAbsent(ByteBuffer.wrap(Files.readAllBytes(file)), file);
      assertThat(earlier).as("a file with the same bytes as %s", dir.relativize(file)).isNull();
    }
    assertThat(files).as("files in the class").hasSizeGreaterThan(SUBMISSIONS);
  }

  @Test
  @DisplayName("is the same class, byte for byte, for the same seed")
  void sameSeedSameClass(@TempDir Path dir) throws IOException {
    new ClassGenerator(kit(), 7).generate(dir.resolve("a"), SUBMISSIONS);
    new ClassGenerator(kit(), 7).generate(dir.resolve("b"), SUBMISSIONS);

    assertThat(contents(dir.resolve("b")))
        .as("the second class generated from seed 7, against the first")
        .isEqualTo(contents(dir.resolve("a")));
  }

  private static Kit kit() throws IOException {
    return Kit.locate();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (Path file : files(root)) {
      contents.put(root.relativize(file).toString(), Files.readString(file));
    }
    return contents;
  }
}
