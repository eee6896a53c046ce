package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * GoldenFixtures reads the golden fixtures under {@code grader/fixtures/<scenario>/}, hands each in
 * as a student would, and holds each grade to the scenario's {@code expected_grade.json}.
 *
 * <p>A scenario is a folder: {@code scenario.json} ({@link FixtureScenario}) says what the
 * submission is laid over and how it is handed in and graded; {@code submission/} holds the
 * student's files, laid over the base; {@code expected_grade.json} ({@link ExpectedGrade}) is the
 * reviewed grade. When a grade changes on purpose, run the fixture tests with {@code
 * -Dkubelab.fixtures.regenerate=true}: they write each grade as the new {@code
 * expected_grade.json}, and {@code git diff grader/fixtures} shows what changed for review.
 */
public final class GoldenFixtures {
  /** Set to {@code true} to write every grade as its fixture's expected grade. */
  static final String REGENERATE = "kubelab.fixtures.regenerate";

  private GoldenFixtures() {}

  /** The folder of every fixture. */
  public static Path root() {
    return TestKit.kit().fixtures();
  }

  public static FixtureScenario scenario(String name) throws IOException {
    return FixtureScenario.read(root().resolve(name).resolve("scenario.json"));
  }

  /**
   * Hands the fixture {@code name} in under {@code classDir}, as a folder or a file named after it,
   * and returns the path a grader reads.
   */
  public static Path handIn(String name, Path classDir) throws IOException {
    FixtureScenario scenario = scenario(name);
    Path fixture = root().resolve(name);
    Path tree = classDir.resolve(name);
    switch (scenario.form()) {
      case FOLDER -> {
        assemble(scenario, fixture, tree);
        return tree;
      }
      case GIT_HEAD -> {
        assemble(scenario, fixture, tree);
        git(tree, "init", "-q");
        git(tree, "add", "-A");
        git(
            tree,
            "-c",
            "user.name=kubelab",
            "-c",
            "user.email=kubelab@localhost",
            "commit",
            "-q",
            "-m",
            "solved");
        overlay(fixture.resolve("uncommitted"), tree);
        return tree;
      }
      case ARCHIVE -> {
        Path zip = classDir.resolve(name + ".zip");
        Path work = Files.createDirectories(classDir.resolveSibling(name + ".tree"));
        assemble(scenario, fixture, work);
        zip(scenario.archive(), work, zip);
        delete(work);
        return zip;
      }
      case FILE -> {
        String file = scenario.file();
        Path handedIn = classDir.resolve(name + file.substring(file.lastIndexOf('.')));
        Files.copy(fixture.resolve(file), handedIn);
        return handedIn;
      }
    }
    throw new IllegalStateException("form " + scenario.form());
  }

  /**
   * Holds {@code actual}, the grade of fixture {@code name}, to its {@code expected_grade.json}, or
   * writes it there when {@value #REGENERATE} is set.
   */
  public static void assertGrade(String name, ExpectedGrade actual) throws IOException {
    Path expected = root().resolve(name).resolve("expected_grade.json");
    if (Boolean.getBoolean(REGENERATE)) {
      actual.write(expected);
      return;
    }
    assertThat(expected)
        .as("fixture %s has an expected grade; write it with -D%s=true", name, REGENERATE)
        .exists();
    assertThat(ExpectedGrade.read(expected).drift(actual))
        .as(
            "how the grade of fixture %s differs from %s (if on purpose: rerun with -D%s=true and"
                + " review git diff)",
            name, expected, REGENERATE)
        .isEmpty();
  }

  private static void assemble(FixtureScenario scenario, Path fixture, Path tree)
      throws IOException {
    TestKit.copyTree(TestKit.kit().exercises(), tree);
    if (scenario.base() == FixtureScenario.Base.SOLUTIONS) {
      TestKit.copyTree(TestKit.kit().solutions(), tree);
    }
    overlay(fixture.resolve("submission"), tree);
    for (String missing : scenario.delete()) {
      Files.delete(tree.resolve(missing));
    }
  }

  private static void overlay(Path files, Path tree) throws IOException {
    if (!Files.isDirectory(files)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(files)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = tree.resolve(files.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void zip(List<FixtureScenario.ArchiveEntry> entries, Path tree, Path zip)
      throws IOException {
    try (ZipArchiveOutputStream archive = new ZipArchiveOutputStream(zip.toFile())) {
      for (FixtureScenario.ArchiveEntry entry : entries) {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.entry());
        byte[] bytes;
        if (entry.symlink() != null) {
          zipEntry.setUnixMode(0120777);
          bytes = entry.symlink().getBytes(StandardCharsets.UTF_8);
        } else if (entry.text() != null) {
          bytes = entry.text().getBytes(StandardCharsets.UTF_8);
        } else {
          bytes = Files.readAllBytes(tree.resolve(entry.from()));
        }
        archive.putArchiveEntry(zipEntry);
        archive.write(bytes);
        archive.closeArchiveEntry();
      }
    }
  }

  private static void delete(Path tree) throws IOException {
    try (Stream<Path> walk = Files.walk(tree)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void git(Path repository, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    try {
      int status = new ProcessBuilder(command).inheritIO().start().waitFor();
      assertThat(status).as("git %s", String.join(" ", args)).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
