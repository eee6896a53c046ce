package io.kubelab.grader.bench;

import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * ClassGenerator makes a reproducible class of submissions from the kit itself: correct ones (the
 * reference solutions), buggy ones (one of the kit's wrong variants laid over them), ones not
 * started (the stubs), ones where one exercise does not compile, and hostile ones (a busy loop,
 * {@code System.exit}, a flood of output, unbounded allocation: the golden fixtures the grader's
 * tests use). Each holds only the student-editable files, as a student's upload would, and no two
 * files in the class are the same bytes.
 */
final class ClassGenerator {
  /** The kinds of generated student, with how many in a hundred. */
  enum StudentKind {
    CORRECT(30),
    BUGGY(30),
    NOT_STARTED(10),
    DOES_NOT_COMPILE(15),
    HOSTILE(15);

    final int percent;

    StudentKind(int percent) {
      this.percent = percent;
    }
  }

  /**
   * The golden fixtures of {@code grader/fixtures/} a hostile student hands in: the same
   * RandomScheduler the grader's tests hold it to, spinning, exiting, flooding or exhausting the
   * heap on an empty machine list.
   */
  private static final List<String> HOSTILE =
      List.of("busy-loop", "system-exit", "output-flood", "unbounded-allocation");

  private final Kit kit;
  private final SplittableRandom random;
  private final List<Path> variants;
  private final Path fixtures;

  ClassGenerator(Kit kit, long seed) throws IOException {
    this.kit = kit;
    this.random = new SplittableRandom(seed);
    this.variants = wrongVariants(kit.variants());
    this.fixtures = kit.fixtures();
  }

  /** Writes {@code count} submissions into {@code dir}; returns each one's kind by name. */
  Map<String, StudentKind> generate(Path dir, int count) throws IOException {
    Map<String, StudentKind> kinds = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      StudentKind kind = pick();
      String name = String.format("s%03d-%s", i, kind.name().toLowerCase().replace('_', '-'));
      Path submission = dir.resolve(name);
      write(kind, submission);
      addNoise(name, submission);
      kinds.put(name, kind);
    }
    return kinds;
  }

  private StudentKind pick() {
    int roll = random.nextInt(100);
    for (StudentKind kind : StudentKind.values()) {
      if (roll < kind.percent) {
        return kind;
      }
      roll -= kind.percent;
    }
    throw new IllegalStateException("the percentages add up to 100");
  }

  private void write(StudentKind kind, Path submission) throws IOException {
    copyStudentFiles(
        kit, kind == StudentKind.NOT_STARTED ? kit.exercises() : kit.solutions(), submission);
    switch (kind) {
      case BUGGY ->
          overlay(
              variants.get(random.nextInt(variants.size())).resolve("src"),
              submission.resolve("src"));
      case DOES_NOT_COMPILE -> {
        List<Exercise> exercises = kit.catalog().exercises();
        Path file =
            submission.resolve(exercises.get(random.nextInt(exercises.size())).files().get(0));
        String source = Files.readString(file);
        Files.writeString(file, source.substring(0, source.lastIndexOf('}')));
      }
      case HOSTILE -> {
        Path fixture = fixtures.resolve(HOSTILE.get(random.nextInt(HOSTILE.size())));
        if (!Files.isDirectory(fixture.resolve("submission"))) {
          throw new IOException("no fixture at " + fixture + ": the benchmark needs the full kit");
        }
        overlay(fixture.resolve("submission"), submission);
      }
      case CORRECT, NOT_STARTED -> {}
    }
  }

  /**
   * Copies every student-editable file the catalog names from {@code base} (the stubs or the
   * reference solutions) into {@code submission}, as a student's upload holds them.
   */
  static void copyStudentFiles(Kit kit, Path base, Path submission) throws IOException {
    for (Exercise exercise : kit.catalog().exercises()) {
      for (String file : exercise.files()) {
        Path target = submission.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(base.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * Gives each of the student's files a line of their own, as no two students hand in the same
   * bytes: a grader may reuse the grade of a byte-identical file, which a real class rarely allows.
   * Stubs get it too, so a student who did not start an exercise is graded as one who opened its
   * file.
   */
  private void addNoise(String name, Path submission) throws IOException {
    try (Stream<Path> files = Files.walk(submission)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String note = String.format("// %s, draft %08x%n", name, random.nextInt());
        Files.writeString(file, note + Files.readString(file));
      }
    }
  }

  /** Lays the files under {@code files} over {@code submission}, at the same relative paths. */
  private static void overlay(Path files, Path submission) throws IOException {
    try (Stream<Path> walk = Files.walk(files)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path target = submission.resolve(files.relativize(file).toString());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The kit's wrong variants: each a wrong solution of one exercise, in the kit's layout. */
  private static List<Path> wrongVariants(Path root) throws IOException {
    List<Path> wrong = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      throw new IOException("no variants at " + root + ": the benchmark needs the full kit");
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      for (Path properties :
          files
              .filter(f -> f.getFileName().toString().equals("variant.properties"))
              .sorted()
              .toList()) {
        if (Files.readString(properties).contains("kind=wrong")) {
          wrong.add(properties.getParent());
        }
      }
    }
    return wrong;
  }
}
