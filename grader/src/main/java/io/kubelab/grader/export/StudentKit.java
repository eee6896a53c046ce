package io.kubelab.grader.export;

import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * StudentKit writes the kit a student receives: the lessons, the exercises, the launcher and the
 * grader's sources, without {@code solutions/}, the hidden tests or the grader's own tests (whose
 * variants are solutions by another name), and with a README of its own ({@link StudentReadme}).
 * {@code ./kubelab} and {@code cd exercises && mvn test} work in it as in the full kit, its scores
 * say they count the visible tests only, and it carries the GitHub Classroom autograding workflow.
 */
public final class StudentKit {
  /** What a student kit holds, relative to the kit's root; everything else stays behind. */
  static final List<String> INCLUDED =
      List.of(
          Kit.CATALOG,
          "pom.xml",
          "mvnw",
          "mvnw.cmd",
          ".mvn",
          ".gitignore",
          "kubelab",
          Kit.LESSONS,
          Kit.EXERCISES,
          "grader/pom.xml",
          Kit.STUBS,
          "grader/src/main");

  private StudentKit() {}

  /** Writes the student kit of {@code kit} into {@code target}, which must not exist yet. */
  public static void export(Kit kit, Path target) throws IOException {
    if (Files.exists(target)) {
      throw new IOException(target + " already exists; choose a new folder for the student kit");
    }
    for (String entry : INCLUDED) {
      Path source = kit.root().resolve(entry);
      if (Files.exists(source)) {
        FileTrees.copy(
            source,
            target.resolve(entry),
            relative ->
                !isBuildOutput(relative)
                    && !relative.getFileName().toString().equals(".kubelab-progress.json"),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    // The kit's own README speaks to instructors and contributors too, of files left behind here.
    Files.writeString(target.resolve("README.md"), StudentReadme.render(kit.catalog()));
    Path workflow = target.resolve(ClassroomWorkflow.PATH);
    Files.createDirectories(workflow.getParent());
    Files.writeString(workflow, ClassroomWorkflow.render(kit.catalog()));
  }

  private static boolean isBuildOutput(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }
}
