package io.kubelab.grader.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * SourceCompiler compiles Java sources in the grader's own JVM with {@code javax.tools}.
 *
 * <p>Compiling here is safe: with {@code -proc:none} no annotation processor, and so no student
 * code, runs during compilation. It saves starting a JVM per submission just to compile.
 */
public final class SourceCompiler implements AutoCloseable {
  private static final int MAX_ERRORS_PER_FILE = 5;

  /**
   * Errors of one compile, by source file, each formatted like javac prints it; and the binary
   * names of the top-level classes each source file produced (their nested classes are named after
   * them), which {@link IncrementalBuild} needs to know what a change replaces.
   */
  public record Result(Map<Path, List<String>> errors, Map<Path, Set<String>> generated) {
    public boolean succeeded() {
      return errors.isEmpty();
    }
  }

  /** CPU time every compile in this JVM has spent, on the threads that compiled. */
  private static final LongAdder CPU_NANOS = new LongAdder();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final JavaCompiler compiler;

  /**
   * File managers kept for the next compile: a new one opens every library jar again, which costs
   * more than compiling the few files a save changed. One per compile running at once, since a file
   * manager is not thread-safe.
   */
  private final ConcurrentLinkedQueue<StandardJavaFileManager> idle = new ConcurrentLinkedQueue<>();

  public SourceCompiler() {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException(
          "this Java has no compiler (a JRE?); run kubelab with a JDK 17 or newer");
    }
  }

  /**
   * The CPU time every compile in this JVM has spent so far (javac runs on the caller's thread), so
   * a benchmark can tell compiling from the rest of the grader's work.
   */
  public static Duration cpuSpent() {
    return Duration.ofNanos(CPU_NANOS.sum());
  }

  public Result compile(List<Path> sources, Path output, List<Path> classpath) throws IOException {
    Files.createDirectories(output);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager files = idle.poll();
    if (files == null) {
      files = compiler.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
    }
    try {
      List<String> options =
          List.of(
              "-proc:none",
              "--release",
              "17",
              "-encoding",
              "UTF-8",
              "-g",
              "-nowarn",
              "-implicit:none",
              "-d",
              output.toString(),
              "-classpath",
              classpath.stream()
                  .map(Path::toString)
                  .collect(Collectors.joining(File.pathSeparator)));
      StringWriter javacOutput = new StringWriter();
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  javacOutput,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources));
      Map<Path, Set<String>> generated = new LinkedHashMap<>();
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
              if (event.getKind() == TaskEvent.Kind.GENERATE && event.getTypeElement() != null) {
                generated
                    .computeIfAbsent(
                        Path.of(event.getSourceFile().toUri()), f -> new LinkedHashSet<>())
                    .add(task.getElements().getBinaryName(event.getTypeElement()).toString());
              }
            }
          });
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      boolean ok = task.call();
      CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
      Map<Path, List<String>> errors = new LinkedHashMap<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
          List<String> fileErrors =
              errors.computeIfAbsent(
                  Path.of(diagnostic.getSource().toUri()), f -> new ArrayList<>());
          if (fileErrors.size() < MAX_ERRORS_PER_FILE) {
            fileErrors.add(
                "line "
                    + diagnostic.getLineNumber()
                    + ": "
                    + diagnostic.getMessage(Locale.ENGLISH));
          }
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.put(output, List.of("javac failed without naming a file: " + javacOutput));
      }
      return new Result(errors, generated);
    } finally {
      idle.add(files);
    }
  }

  /** Closes the kept file managers and the jars they hold open. */
  @Override
  public void close() throws IOException {
    for (StandardJavaFileManager files; (files = idle.poll()) != null; ) {
      files.close();
    }
  }
}
