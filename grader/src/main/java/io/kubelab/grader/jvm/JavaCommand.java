package io.kubelab.grader.jvm;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JavaCommand is the command line of a child JVM, built one way for every JVM the grader and its
 * benchmarks start, so each runs the JDK the grader runs on.
 *
 * <p>Options keep the order they are added in; the classpath and the main class with its arguments
 * come last, as {@code java} reads them.
 */
public final class JavaCommand {
  private final List<String> options = new ArrayList<>();
  private final List<Path> classpath = new ArrayList<>();
  private final List<String> main = new ArrayList<>();

  /** Adds the JVM option {@code option}, e.g. {@code -Xmx256m}. */
  public JavaCommand option(String option) {
    options.add(option);
    return this;
  }

  /** Adds the JVM options {@code more}, in their order. */
  public JavaCommand options(List<String> more) {
    options.addAll(more);
    return this;
  }

  /** Sets the system property {@code name} to {@code value} in the child. */
  public JavaCommand property(String name, Object value) {
    return option("-D" + name + "=" + value);
  }

  /** Appends {@code entries} to the classpath. */
  public JavaCommand classpath(List<Path> entries) {
    classpath.addAll(entries);
    return this;
  }

  /** Runs {@code className} with {@code args}; without a main class the JVM runs no program. */
  public JavaCommand main(String className, List<String> args) {
    main.clear();
    main.add(className);
    main.addAll(args);
    return this;
  }

  /** Returns the command line, starting with the {@code java} of the running JDK. */
  public List<String> toList() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    if (!classpath.isEmpty()) {
      command.add("-cp");
      command.add(
          classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    }
    command.addAll(main);
    return List.copyOf(command);
  }
}
