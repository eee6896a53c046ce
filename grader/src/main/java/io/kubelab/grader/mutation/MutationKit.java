package io.kubelab.grader.mutation;

import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * MutationKit lays out the solved kit PIT mutates: {@code exercises/} with the catalog's
 * student-editable files taken from {@code solutions/}, the visible and hidden tests as one test
 * root, and the classes and tests PIT targets, all read from {@code catalog.toml} so that a file or
 * test that moves needs no change here.
 */
public final class MutationKit {
  private static final String MAIN_ROOT = "src/main/java/";
  private static final String TEST_ROOT = "src/test/java";

  private MutationKit() {}

  /**
   * Writes the solved kit of {@code kit} into {@code out} ({@code main/}, {@code test/}) and the
   * PIT targets into {@code out/pit.properties}; whatever {@code out} held before is removed.
   */
  public static void assemble(Kit kit, Path out) throws IOException {
    FileTrees.delete(out);
    Path main = out.resolve("main");
    Path test = out.resolve("test");
    FileTrees.copy(kit.exercises().resolve(MAIN_ROOT), main, StandardCopyOption.REPLACE_EXISTING);
    for (String file : kit.catalog().studentFiles()) {
      Path solution = kit.solutions().resolve(file);
      if (!Files.isRegularFile(solution)) {
        throw new IOException(
            "catalog.toml lists " + file + " as a student file, but solutions/ has no " + file);
      }
      Path target = main.resolve(relativeToMainRoot(file));
      Files.createDirectories(target.getParent());
      Files.copy(solution, target, StandardCopyOption.REPLACE_EXISTING);
    }
    FileTrees.copy(kit.exercises().resolve(TEST_ROOT), test, StandardCopyOption.REPLACE_EXISTING);
    FileTrees.copy(kit.hiddenTests(), test, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        out.resolve("pit.properties"), properties(kit.catalog()), StandardCharsets.UTF_8);
  }

  /**
   * Returns the PIT globs, as a properties file: {@code mutation.targetClasses}, every class of a
   * student-editable file with its nested and anonymous classes, and {@code mutation.targetTests},
   * every visible and hidden test class of an exercise.
   */
  static String properties(Catalog catalog) {
    Set<String> classes = new LinkedHashSet<>();
    for (String file : catalog.studentFiles()) {
      classes.addAll(globs(className(file)));
    }
    Set<String> tests = new LinkedHashSet<>();
    for (Exercise exercise : catalog.exercises()) {
      for (String test : exercise.allTests()) {
        tests.addAll(globs(test));
      }
    }
    return "mutation.targetClasses="
        + String.join(",", classes)
        + "\nmutation.targetTests="
        + String.join(",", tests)
        + "\n";
  }

  /** Returns the class a student-editable file declares, e.g. {@code io.kubelab.util.StringSet}. */
  static String className(String file) {
    String relative = relativeToMainRoot(file);
    if (!relative.endsWith(".java")) {
      throw new IllegalArgumentException("student file " + file + " is not a .java file");
    }
    return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
  }

  private static String relativeToMainRoot(String file) {
    if (!file.startsWith(MAIN_ROOT)) {
      throw new IllegalArgumentException(
          "student file " + file + " is not under " + MAIN_ROOT + " of exercises/");
    }
    return file.substring(MAIN_ROOT.length());
  }

  // A class's own glob would also match StringSetX; its nested classes are named StringSet$....
  private static List<String> globs(String className) {
    return List.of(className, className + "$*");
  }

  /** Runs {@link #assemble} for the kit at {@code args[0]} into {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: MutationKit <kit root> <output folder>");
    }
    assemble(Kit.open(Path.of(args[0])), Path.of(args[1]));
  }
}
