package io.kubelab.grader;

import io.kubelab.grader.runner.RunnerMain;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * RunnerArchive is an AppCDS archive of the classes every test JVM loads from the grader's
 * libraries (the JUnit Platform, AssertJ, ArchUnit, jetcd and gRPC), so each test JVM maps them
 * instead of loading and verifying them again: on these machines that halves a test JVM's start.
 *
 * <p>It is made once per grader classpath and JDK, by a JVM that runs {@link RunnerMain}'s warm-up
 * with {@code -XX:ArchiveClassesAtExit}, and kept under the temporary folder. The archive covers
 * only jars: a test JVM's classpath is the grader's jars followed by the workspace's class folders,
 * and the JVM accepts an archive whose classpath is a prefix of its own. When the grader runs from
 * class folders (its own tests) or the archive cannot be made, test JVMs simply start without one.
 */
final class RunnerArchive {
  private static final Object LOCK = new Object();
  private static Optional<Path> archive;

  private RunnerArchive() {}

  /** Returns the archive for {@code classpath}, making it on first use; empty if none can be. */
  static Optional<Path> forClasspath(List<Path> classpath) {
    synchronized (LOCK) {
      if (archive == null) {
        archive = make(classpath);
      }
      return archive;
    }
  }

  /** The JVM options a test JVM and the archive's maker share; an archive needs the same ones. */
  static List<String> jvmOptions() {
    return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");
  }

  private static Optional<Path> make(List<Path> classpath) {
    if (classpath.isEmpty() || !classpath.stream().allMatch(RunnerArchive::isJar)) {
      return Optional.empty();
    }
    try {
      Path dir =
          Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kubelab-cds"));
      Path file = dir.resolve(fingerprint(classpath) + ".jsa");
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
      removeStale(dir);
      Path partial = Files.createTempFile(dir, "archive-", ".jsa.part");
      Files.delete(partial); // the JVM creates it
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions());
      command.add("-XX:ArchiveClassesAtExit=" + partial);
      command.add("-Xlog:cds=off");
      command.add("-cp");
      command.add(
          classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      command.add(RunnerMain.class.getName());
      command.add(RunnerMain.WARM_UP);
      Process maker =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      // With no key to read, the warmed-up runner ends at once and the archive is written.
      maker.getOutputStream().close();
      if (!maker.waitFor(2, TimeUnit.MINUTES)) {
        maker.destroyForcibly();
        return Optional.empty();
      }
      if (maker.exitValue() != 0 || !Files.isRegularFile(partial)) {
        Files.deleteIfExists(partial);
        return Optional.empty();
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(file);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Removes archives of earlier builds, unused for a day: each rebuild of the grader makes a new
   * one of some 20 MB. One a kit on this machine still uses is a day old at most, or made again.
   */
  private static void removeStale(Path dir) throws IOException {
    java.time.Instant dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
    try (var files = Files.list(dir)) {
      for (Path old : files.toList()) {
        if (Files.getLastModifiedTime(old).toInstant().isBefore(dayAgo)) {
          Files.deleteIfExists(old);
        }
      }
    }
  }

  private static boolean isJar(Path entry) {
    return entry.toString().endsWith(".jar") && Files.isRegularFile(entry);
  }

  /** Names the archive by the JDK and by every jar's path, size and modification time. */
  private static String fingerprint(List<Path> classpath) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(System.getProperty("java.vm.version").getBytes(StandardCharsets.UTF_8));
      digest.update(String.join(" ", jvmOptions()).getBytes(StandardCharsets.UTF_8));
      for (Path jar : classpath) {
        digest.update(
            (jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
