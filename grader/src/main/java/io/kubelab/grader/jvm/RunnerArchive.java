package io.kubelab.grader.jvm;

import io.kubelab.grader.files.Sha256;
import io.kubelab.grader.runner.RunnerMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RunnerArchive is an AppCDS archive of the classes every test JVM loads from the grader's
 * libraries (the JUnit Platform, AssertJ, ArchUnit, jetcd and gRPC), so each test JVM maps them
 * instead of loading and verifying them again: on these machines that halves a test JVM's start.
 *
 * <p>It is made once per grader classpath and JDK, by a JVM that runs {@link RunnerMain}'s warm-up
 * with {@code -XX:ArchiveClassesAtExit}, and kept under the temporary folder. The warm-up loads
 * less than half of what a grading loads (the etcd client's traffic, ArchUnit's rules, the JUnit
 * features the kit's tests use), so the first real test JVM also writes the list of classes it
 * loaded, and from that list a full static archive is made, which every later test JVM maps. The
 * archives cover only jars: a test JVM's classpath is the grader's jars followed by the workspace's
 * class folders, and the JVM accepts an archive whose classpath is a prefix of its own. When the
 * grader runs from class folders (its own tests), {@link ClassFolderJars} packs them into jars for
 * the test JVMs; when an archive cannot be made, test JVMs simply start with the one there is, or
 * none.
 */
final class RunnerArchive {
  private static final Object LOCK = new Object();
  private static Optional<Path> archive;

  private RunnerArchive() {}

  /** Says this process grades many times, so it may make the full archive (see gradesMany). */
  static void processGradesMany() {
    gradesMany = true;
  }

  /** A class list still being written is taken as abandoned after this long. */
  private static final Duration ABANDONED = Duration.ofHours(1);

  private static boolean fullArchiveTried;

  /** Whether the full archive is being made right now, apart. */
  private static volatile boolean makingFull;

  /**
   * Whether this process grades many times (it keeps a {@link JvmPool}: grade-all, watch), and so
   * lives to see the full archive made. Making it takes a JVM some seven CPU-seconds; a process
   * that grades once (grade, run) would end it half made, every time, and start its test JVMs with
   * no archive meanwhile. Such a process uses the full archive once a long-lived one has made it,
   * and the warm-up's until then.
   */
  private static volatile boolean gradesMany;

  /**
   * Returns the archive for {@code classpath}: the full one once a grading's class list is there,
   * else the warm-up's, making it on first use; empty if none can be.
   */
  static Optional<Path> forClasspath(List<Path> classpath) {
    synchronized (LOCK) {
      Optional<Path> full = full(classpath);
      if (full.isPresent()) {
        return full;
      }
      if (archive == null) {
        if (makingFull) {
          // The full archive comes within seconds; a JVM that starts without one meanwhile is a
          // little slower, whereas making the warm-up's now would hold it up for seconds.
          return Optional.empty();
        }
        archive = make(classpath);
      }
      return archive;
    }
  }

  /**
   * Returns where a test JVM on {@code classpath} should write the classes it loads, when no
   * grading's class list exists yet and no other JVM writes one; the caller then reports the JVM's
   * end to {@link #recorded}. Such a JVM runs without an archive, so its list is complete.
   */
  static Optional<Path> classListToRecord(List<Path> classpath) {
    synchronized (LOCK) {
      if (!allJars(classpath)) {
        return Optional.empty();
      }
      try {
        Path list = classList(classpath);
        Path part = list.resolveSibling(list.getFileName() + ".part");
        if (Files.exists(list)) {
          return Optional.empty();
        }
        if (Files.exists(part)
            && Files.getLastModifiedTime(part)
                .toInstant()
                .isBefore(Instant.now().minus(ABANDONED))) {
          Files.deleteIfExists(part);
        }
        Files.createFile(part);
        return Optional.of(part);
      } catch (IOException takenOrUnwritable) {
        return Optional.empty();
      }
    }
  }

  /** Takes the class list a test JVM wrote into {@code part} as complete: that JVM has ended. */
  static void recorded(Path part) {
    String name = part.getFileName().toString();
    try {
      if (Files.size(part) > 0) {
        Files.move(
            part,
            part.resolveSibling(name.substring(0, name.length() - ".part".length())),
            StandardCopyOption.ATOMIC_MOVE);
      } else {
        // A JVM that ended before it loaded anything leaves the recording to the next one.
        Files.deleteIfExists(part);
      }
    } catch (IOException lost) {
      // Without a list, test JVMs keep the warm-up's archive: slower, never wrong.
    }
  }

  /** Returns the full archive, making it from a grading's class list when there is one. */
  private static Optional<Path> full(List<Path> classpath) {
    if (!allJars(classpath)) {
      return Optional.empty();
    }
    try {
      Path list = classList(classpath);
      Path file = list.resolveSibling(list.getFileName().toString().replace(".classlist", ".jsa"));
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
      Path failed = list.resolveSibling(list.getFileName() + ".failed");
      if (fullArchiveTried || !gradesMany || !Files.isRegularFile(list) || Files.exists(failed)) {
        return Optional.empty();
      }
      fullArchiveTried = true;
      makingFull = true;
      // Made apart, for it takes seconds: the JVMs started meanwhile map the warm-up's archive, if
      // there is one already.
      Thread maker =
          new Thread(
              () -> {
                try {
                  makeFull(classpath, list, file, failed);
                } finally {
                  makingFull = false;
                }
              },
              "kubelab-runner-archive");
      maker.setDaemon(true);
      maker.start();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Makes the full archive {@code file} from the grading's class list {@code list}. */
  private static void makeFull(List<Path> classpath, Path list, Path file, Path failed) {
    try {
      Path partial = Files.createTempFile(list.getParent(), "archive-", ".jsa.part");
      Files.delete(partial); // the JVM creates it
      JavaCommand command =
          new JavaCommand()
              .options(jvmOptions())
              .option("-Xshare:dump")
              .option("-XX:SharedClassListFile=" + list)
              .option("-XX:SharedArchiveFile=" + partial)
              .classpath(classpath);
      if (!ArchiveMaker.run(command) || !Files.isRegularFile(partial)) {
        Files.deleteIfExists(partial);
        // Tried once per grader build: a JDK that cannot make it would fail every time.
        Files.createFile(failed);
        return;
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Without it, test JVMs keep the warm-up's archive: slower, never wrong.
    }
  }

  /** The folder under the temporary folder that holds the archives and what they are made from. */
  static Path directory() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kubelab-cds"));
  }

  /** The class list of a grading on {@code classpath}; the full archive is named after it. */
  private static Path classList(List<Path> classpath) throws IOException {
    return directory().resolve(fingerprint(classpath) + "-full.classlist");
  }

  private static boolean allJars(List<Path> classpath) {
    return !classpath.isEmpty() && classpath.stream().allMatch(RunnerArchive::isJar);
  }

  /** The JVM options a test JVM and the archive's maker share; an archive needs the same ones. */
  static List<String> jvmOptions() {
    return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");
  }

  private static Optional<Path> make(List<Path> classpath) {
    if (!allJars(classpath)) {
      return Optional.empty();
    }
    try {
      Path dir = directory();
      Path file = dir.resolve(fingerprint(classpath) + ".jsa");
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
      removeStale(dir);
      Path partial = Files.createTempFile(dir, "archive-", ".jsa.part");
      Files.delete(partial); // the JVM creates it
      JavaCommand command =
          new JavaCommand()
              .options(jvmOptions())
              .option("-XX:ArchiveClassesAtExit=" + partial)
              .option("-Xlog:cds=off")
              .classpath(classpath)
              .main(RunnerMain.class.getName(), List.of(RunnerMain.WARM_UP));
      if (!ArchiveMaker.run(command) || !Files.isRegularFile(partial)) {
        Files.deleteIfExists(partial);
        return Optional.empty();
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Removes archives of earlier builds, unused for a day: each rebuild of the grader makes a new
   * one of some 20 MB. One a kit on this machine still uses is a day old at most, or made again.
   */
  private static void removeStale(Path dir) throws IOException {
    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
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
    MessageDigest digest = Sha256.digest();
    digest.update(System.getProperty("java.vm.version").getBytes(StandardCharsets.UTF_8));
    digest.update(String.join(" ", jvmOptions()).getBytes(StandardCharsets.UTF_8));
    for (Path jar : classpath) {
      digest.update(
          (jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    return Sha256.hex(digest).substring(0, 24);
  }
}
