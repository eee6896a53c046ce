package io.kubelab.grader.bench;

import io.kubelab.grader.Exercise;
import io.kubelab.grader.Kit;
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
 * {@code System.exit}, a flood of output, unbounded allocation). Each holds only the
 * student-editable files, as a student's upload would, and no two files in the class are the same
 * bytes.
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

  private static final String RANDOM = "src/main/java/io/kubelab/scheduler/RandomScheduler.java";
  private static final String EMPTY_CHECK = "    if (machines == null || machines.isEmpty()) {";
  private static final List<String> HOSTILE =
      List.of(
          "    while (machines != null && machines.isEmpty()) {\n      Thread.onSpinWait();\n    }\n",
          "    if (machines != null && machines.isEmpty()) {\n      System.exit(0);\n    }\n",
          "    if (machines != null && machines.isEmpty()) {\n"
              + "      byte[] line = new byte[1 << 20];\n"
              + "      for (int i = 0; i < 100; i++) {\n"
              + "        System.out.write(line, 0, line.length);\n      }\n    }\n",
          "    if (machines != null && machines.isEmpty()) {\n"
              + "      java.util.List<long[]> hog = new java.util.ArrayList<>();\n"
              + "      while (hog.size() >= 0) {\n        hog.add(new long[1 << 20]);\n      }\n"
              + "    }\n");

  private final Kit kit;
  private final SplittableRandom random;
  private final List<Path> variants;

  ClassGenerator(Kit kit, long seed) throws IOException {
    this.kit = kit;
    this.random = new SplittableRandom(seed);
    this.variants = wrongVariants(kit.root().resolve("grader/src/test/variants"));
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
    Path base = kind == StudentKind.NOT_STARTED ? kit.exercises() : kit.solutions();
    for (Exercise exercise : kit.catalog().exercises()) {
      for (String file : exercise.files()) {
        Path target = submission.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(base.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    switch (kind) {
      case BUGGY -> overlay(variants.get(random.nextInt(variants.size())), submission);
      case DOES_NOT_COMPILE -> {
        List<Exercise> exercises = kit.catalog().exercises();
        Path file =
            submission.resolve(exercises.get(random.nextInt(exercises.size())).files().get(0));
        String source = Files.readString(file);
        Files.writeString(file, source.substring(0, source.lastIndexOf('}')));
      }
      case HOSTILE -> {
        Path file = submission.resolve(RANDOM);
        String edit = HOSTILE.get(random.nextInt(HOSTILE.size()));
        Files.writeString(file, Files.readString(file).replace(EMPTY_CHECK, edit + EMPTY_CHECK));
      }
      case CORRECT, NOT_STARTED -> {}
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

  private static void overlay(Path variant, Path submission) throws IOException {
    Path sources = variant.resolve("src");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = submission.resolve("src").resolve(sources.relativize(file).toString());
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
