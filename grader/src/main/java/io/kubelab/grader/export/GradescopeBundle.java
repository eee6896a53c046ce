package io.kubelab.grader.export;

import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * GradescopeBundle writes the autograder zip Gradescope asks for: {@code setup.sh} (installs a JDK
 * and etcd on Gradescope's Ubuntu image), {@code run_autograder} (grades {@code
 * /autograder/submission} into {@code /autograder/results/results.json}) and the kit it grades
 * with: catalog, exercises, hidden tests and the grader with its libraries, so grading needs no
 * network and no build.
 *
 * <p>{@code AUTOGRADER_ROOT} (default {@code /autograder}) moves the whole tree, which is how the
 * bundle is tested off Gradescope; {@code KUBELAB_GRADE_ARGS} adds options to {@code kubelab
 * grade}.
 */
public final class GradescopeBundle {
  private static final String SETUP =
      """
      #!/usr/bin/env bash
      # Gradescope runs this once, when the autograder image is built.
      set -euo pipefail
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless etcd-server git
      # The image's Ubuntu release decides etcd's version (3.3 on some); the kit passes each
      # version only the flags it understands, so this just records which one is here.
      etcd --version
      """;

  private static final String RUN =
      """
      #!/usr/bin/env bash
      # Gradescope runs this for every submission; it must leave results/results.json behind.
      set -euo pipefail
      root="${AUTOGRADER_ROOT:-/autograder}"
      kit="$root/source/kit"
      mkdir -p "$root/results"
      # CI=true: the real-etcd checks must run here, never skip quietly.
      CI=true exec java -XX:+UseSerialGC -Dkubelab.home="$kit" \\
        -cp "$kit/grader/classes:$kit/grader/lib/*" \\
        io.kubelab.grader.cli.Main grade "$root/submission" \\
        --json "$root/results/results.json" ${KUBELAB_GRADE_ARGS:-}
      """;

  /** The kit files the autograder needs, relative to the kit's root. */
  private static final List<String> KIT =
      List.of(
          Kit.CATALOG,
          Kit.EXERCISES + "/pom.xml",
          Kit.EXERCISES + "/src",
          Kit.HIDDEN_TESTS,
          Kit.STUBS);

  private GradescopeBundle() {}

  /**
   * Writes the bundle for {@code kit} to {@code zip}, with the grader this JVM runs: its jars go to
   * {@code kit/grader/lib/}, a class folder to {@code kit/grader/classes/}.
   */
  public static void write(Kit kit, Path zip) throws IOException {
    Path partial = zip.toAbsolutePath().resolveSibling(zip.getFileName() + ".part");
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(partial.toFile())) {
      add(out, "setup.sh", SETUP.getBytes(StandardCharsets.UTF_8), 0755);
      add(out, "run_autograder", RUN.getBytes(StandardCharsets.UTF_8), 0755);
      for (String entry : KIT) {
        Path source = kit.root().resolve(entry);
        try (Stream<Path> files = Files.walk(source)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            String name = "kit/" + kit.root().relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
              add(out, name, in.readAllBytes(), 0644);
            }
          }
        }
      }
      for (Path entry : TestJvm.ownClasspath()) {
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
          add(out, "kit/grader/lib/" + entry.getFileName(), Files.readAllBytes(entry), 0644);
        } else if (Files.isDirectory(entry) && !entry.endsWith("test-classes")) {
          try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              String name = entry.relativize(file).toString().replace('\\', '/');
              add(out, "kit/grader/classes/" + name, Files.readAllBytes(file), 0644);
            }
          }
        }
      }
    }
    Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void add(ZipArchiveOutputStream out, String name, byte[] bytes, int mode)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(mode);
    out.putArchiveEntry(entry);
    out.write(bytes);
    out.closeArchiveEntry();
  }
}
