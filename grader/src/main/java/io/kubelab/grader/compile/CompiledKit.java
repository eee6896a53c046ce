package io.kubelab.grader.compile;

import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.process.ProcessTree;
import io.kubelab.grader.submission.Submission;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CompiledKit is the student's code (or the reference solutions) compiled over a pristine copy of
 * the kit, ready to run a demo or a benchmark in a JVM of its own.
 */
public final class CompiledKit implements AutoCloseable {
  private final Workspace workspace;

  private CompiledKit(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * Compiles {@code exercises/} as the student left it or, with {@code solved}, with {@code
   * solutions/} laid over it.
   *
   * @throws IOException if the code does not compile; the message has the compiler's errors
   */
  public static CompiledKit compile(Kit kit, boolean solved) throws IOException {
    Submission code = Submission.read(solved ? kit.solutions() : kit.exercises(), kit);
    Workspace workspace = Workspace.create(kit, code, false);
    SourceCompiler.Result result =
        new SourceCompiler()
            .compile(
                Workspace.javaFiles(workspace.mainSources()),
                workspace.mainClasses(),
                TestJvm.ownClasspath());
    if (!result.succeeded()) {
      StringBuilder errors = new StringBuilder("the code does not compile:");
      result
          .errors()
          .forEach(
              (file, lines) ->
                  lines.forEach(
                      line ->
                          errors
                              .append("\n  ")
                              .append(workspace.relative(file))
                              .append(", ")
                              .append(line)));
      workspace.close();
      throw new IOException(errors.toString());
    }
    return new CompiledKit(workspace);
  }

  /**
   * Runs {@code mainClass} with {@code args} in a new JVM sharing this terminal; returns its exit
   * status.
   */
  public int run(String mainClass, List<String> args) throws IOException, InterruptedException {
    List<Path> classpath = new ArrayList<>(TestJvm.ownClasspath());
    classpath.add(workspace.mainClasses());
    List<String> command =
        new JavaCommand()
            .property("java.io.tmpdir", Files.createDirectories(workspace.dir().resolve("tmp")))
            .classpath(classpath)
            .main(mainClass, args)
            .toList();
    Process process = new ProcessBuilder(command).inheritIO().start();
    try {
      return process.waitFor();
    } finally {
      ProcessTree.end(process);
    }
  }

  @Override
  public void close() throws IOException {
    workspace.close();
  }
}
