package io.kubelab.grader.batch;

import io.kubelab.grader.files.Sha256;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.submission.Submission;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fingerprint names what a grade depends on, so {@code grade-all} can tell whether a stored grade
 * still stands: the submitted files, the kit's tests and catalog, the grader's own jar and the
 * grading options. If any of them changes, the submission is graded again.
 */
final class Fingerprint {
  private Fingerprint() {}

  /** Returns the fingerprint of the kit, the grader and the options, computed once per run. */
  static String ofKit(Kit kit, GradeOptions options) throws IOException {
    MessageDigest digest = Sha256.digest();
    update(digest, "options", options.toString().getBytes(StandardCharsets.UTF_8));
    update(digest, Kit.CATALOG, Files.readAllBytes(kit.catalogFile()));
    for (Path root : List.of(kit.exercises().resolve("src"), kit.hiddenTests())) {
      for (var file : tree(kit.root(), root).entrySet()) {
        update(digest, file.getKey(), Files.readAllBytes(file.getValue()));
      }
    }
    Path graderCode = graderCode();
    if (Files.isRegularFile(graderCode)) {
      update(digest, "grader", Files.readAllBytes(graderCode));
    }
    return Sha256.hex(digest);
  }

  /** Returns the fingerprint of one submission graded under {@code kit}. */
  static String of(String kit, Submission submission) {
    MessageDigest digest = Sha256.digest();
    update(digest, "kit", kit.getBytes(StandardCharsets.UTF_8));
    new TreeMap<>(submission.files()).forEach((name, bytes) -> update(digest, name, bytes));
    submission
        .problems()
        .forEach(problem -> update(digest, "problem", problem.getBytes(StandardCharsets.UTF_8)));
    return Sha256.hex(digest);
  }

  /** Returns the fingerprint of a submission that could not be read, by what went wrong. */
  static String ofUnreadable(String kit, String problem) {
    MessageDigest digest = Sha256.digest();
    update(digest, "kit", kit.getBytes(StandardCharsets.UTF_8));
    update(digest, "unreadable", problem.getBytes(StandardCharsets.UTF_8));
    return Sha256.hex(digest);
  }

  private static Map<String, Path> tree(Path base, Path root) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(file -> files.put(base.relativize(file).toString(), file));
    }
    return files;
  }

  /** The jar (or class folder) the grader runs from. */
  private static Path graderCode() {
    try {
      return Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a name and its bytes, each length-prefixed so no two inputs digest alike. */
  private static void update(MessageDigest digest, String name, byte[] bytes) {
    byte[] label = name.getBytes(StandardCharsets.UTF_8);
    digest.update(longBytes(label.length));
    digest.update(label);
    digest.update(longBytes(bytes.length));
    digest.update(bytes);
  }

  private static byte[] longBytes(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }
}
