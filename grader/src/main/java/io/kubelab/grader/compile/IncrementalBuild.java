package io.kubelab.grader.compile;

import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.submission.Submission;
import io.kubelab.grader.submission.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * IncrementalBuild is the pristine kit compiled once, so that each later grading compiles only what
 * the student changed and the kit sources that name it, and takes every other class file from here.
 *
 * <p>What it recompiles is a sound over-approximation of javac's own needs: the changed files, and
 * every kit source whose text names a top-level type declared in them. A source that does not name
 * a changed type cannot be affected by it: what it was compiled against (the signatures of the
 * types it names) is unchanged, and a class's own signatures come from its own source. The class
 * files a changed source produced in the pristine build are left out, so a class the student
 * deleted is gone from the run too (the StringSet refactor's ArchUnit check depends on that).
 *
 * <p>Tests are compiled again only for a changed file whose classes' {@link ClassSignature}s
 * changed: a method body change leaves the tests' class files as they were.
 *
 * <p>{@code watch} re-checks on every save; this is what keeps its compile to a few files.
 */
public final class IncrementalBuild implements AutoCloseable {
  private final Workspace pristine;
  private final List<Path> libraries;
  private final boolean hiddenTests;

  /** The marker {@link #seedAhead} leaves in a folder whose class folders it filled. */
  private static final String SEEDED = ".kubelab-seeded";

  /** Binary names of the classes each pristine source produced, by path in the workspace. */
  private final Map<String, Set<String>> generated = new LinkedHashMap<>();

  /**
   * The class files each pristine source produced, nested classes included, as paths below its
   * output folder.
   */
  private final Map<String, List<String>> classFiles = new LinkedHashMap<>();

  /** Each pristine source's text, by path in the workspace. */
  private final Map<String, String> texts = new LinkedHashMap<>();

  /** The pristine class files' bytes, by path, once a seed has read them. */
  private final Map<Path, byte[]> classBytes = new ConcurrentHashMap<>();

  private IncrementalBuild(Workspace pristine, List<Path> libraries, boolean hiddenTests) {
    this.pristine = pristine;
    this.libraries = libraries;
    this.hiddenTests = hiddenTests;
  }

  /** What a {@link #seedAhead} marker says: which of a grader's two pristine builds wrote it. */
  private String identity() {
    return hiddenTests ? "pristine build with the hidden tests" : "pristine build, visible tests";
  }

  /** Compiles the pristine kit, with the hidden tests when asked. */
  public static IncrementalBuild of(
      Kit kit, boolean hiddenTests, SourceCompiler compiler, List<Path> libraries)
      throws IOException {
    Workspace pristine =
        Workspace.create(kit, new Submission("the kit", Map.of(), List.of()), hiddenTests);
    IncrementalBuild build = new IncrementalBuild(pristine, libraries, hiddenTests);
    try {
      build.compileAll(compiler, pristine.mainSources(), pristine.mainClasses(), libraries);
      List<Path> testClasspath = new ArrayList<>(libraries);
      testClasspath.add(pristine.mainClasses());
      build.compileAll(compiler, pristine.testSources(), pristine.testClasses(), testClasspath);
    } catch (IOException | RuntimeException failed) {
      pristine.close();
      throw failed;
    }
    return build;
  }

  /** Compiles every pristine source under {@code root}, noting what each one produced. */
  private void compileAll(SourceCompiler compiler, Path root, Path output, List<Path> classpath)
      throws IOException {
    List<Path> sources = Workspace.javaFiles(root);
    SourceCompiler.Result result = compiler.compile(sources, output, classpath);
    if (!result.succeeded()) {
      throw new IOException("the kit itself does not compile: " + result.errors());
    }
    for (Path source : sources) {
      texts.put(pristine.relative(source), Files.readString(source));
    }
    for (var source : result.generated().entrySet()) {
      List<String> files = new ArrayList<>();
      for (String binaryName : source.getValue()) {
        int dot = binaryName.lastIndexOf('.');
        Path dir = output.resolve(dot < 0 ? "" : binaryName.substring(0, dot).replace('.', '/'));
        String simple = binaryName.substring(dot + 1);
        try (Stream<Path> listing = Files.list(dir)) {
          for (Path file : listing.toList()) {
            String name = file.getFileName().toString();
            if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
              files.add(output.relativize(file).toString());
            }
          }
        }
      }
      generated.put(pristine.relative(source.getKey()), source.getValue());
      classFiles.put(pristine.relative(source.getKey()), files);
    }
  }

  /**
   * Compiles {@code workspace}'s main sources: its changed files and the kit sources naming them,
   * over the pristine class files of everything else; {@code seededAhead} says they are already
   * there (see {@link #seedAhead}).
   */
  public SourceCompiler.Result compileMain(
      Workspace workspace, SourceCompiler compiler, boolean seededAhead) throws IOException {
    Set<String> changed = workspace.changedFiles();
    Set<String> compiled = new LinkedHashSet<>(changed);
    compiled.addAll(naming(changed, changed, workspace.mainSources(), workspace));
    pristineClasses(pristine.mainClasses(), workspace.mainClasses(), compiled, seededAhead);
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(workspace.mainClasses());
    return compile(compiler, workspace, compiled, workspace.mainClasses(), classpath);
  }

  /**
   * Compiles the tests that name a type whose signature changed, over the pristine class files of
   * the others; call it once {@link #compileMain} has compiled the main sources.
   */
  public SourceCompiler.Result compileTests(
      Workspace workspace, SourceCompiler compiler, boolean seededAhead) throws IOException {
    Set<String> changed = workspace.changedFiles();
    // The kit sources compiled again with them count too: a constant of theirs may be computed
    // from a changed one.
    Set<String> recompiledMain = new LinkedHashSet<>(changed);
    recompiledMain.addAll(naming(changed, changed, workspace.mainSources(), workspace));
    Set<String> reshaped = new LinkedHashSet<>();
    for (String file : recompiledMain) {
      if (!signatures(pristine.mainClasses(), file)
          .equals(signatures(workspace.mainClasses(), file))) {
        reshaped.add(file);
      }
    }
    Set<String> compiled = naming(reshaped, changed, workspace.testSources(), workspace);
    pristineClasses(pristine.testClasses(), workspace.testClasses(), compiled, seededAhead);
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(workspace.mainClasses());
    classpath.add(workspace.testClasses());
    return compile(compiler, workspace, compiled, workspace.testClasses(), classpath);
  }

  private static SourceCompiler.Result compile(
      SourceCompiler compiler,
      Workspace workspace,
      Set<String> sources,
      Path output,
      List<Path> classpath)
      throws IOException {
    if (sources.isEmpty()) {
      return new SourceCompiler.Result(Map.of(), Map.of());
    }
    return compiler.compile(
        sources.stream().map(workspace.dir()::resolve).toList(), output, classpath);
  }

  /**
   * Returns the signatures of the classes the pristine {@code source} declared, in {@code output}.
   */
  private Map<String, ClassSignature> signatures(Path output, String source) throws IOException {
    return ClassFiles.signatures(output, generated.getOrDefault(source, Set.of()));
  }

  /**
   * Returns the pristine sources under {@code root} that name a top-level type declared in one of
   * {@code files}, leaving out the {@code changed} files themselves.
   */
  private Set<String> naming(
      Set<String> files, Set<String> changed, Path root, Workspace workspace) {
    Set<String> types =
        files.stream()
            .flatMap(file -> generated.getOrDefault(file, Set.of()).stream())
            .map(ClassFiles::topLevelSimpleName)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (types.isEmpty()) {
      return Set.of();
    }
    Pattern named =
        Pattern.compile(
            types.stream().map(Pattern::quote).collect(Collectors.joining("|", "\\b(", ")\\b")));
    String prefix = workspace.relative(root) + "/";
    return texts.entrySet().stream()
        .filter(source -> source.getKey().startsWith(prefix))
        .filter(source -> !changed.contains(source.getKey()))
        .filter(source -> named.matcher(source.getValue()).find())
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Writes every pristine class file into the class folders of the workspace-to-be {@code dir},
   * ahead of its grading, and leaves a marker saying so, written last; {@link #takeSeededAhead}
   * reads it.
   */
  public void seedAhead(Path dir) throws IOException {
    for (Path from : List.of(pristine.mainClasses(), pristine.testClasses())) {
      seed(from, dir.resolve(pristine.relative(from)), Set.of());
    }
    Files.writeString(dir.resolve(SEEDED), identity());
  }

  /**
   * Returns whether {@link #seedAhead} filled {@code workspace}'s class folders from this build,
   * and removes its marker: the class folders are as it left them only until the first compile.
   */
  public boolean takeSeededAhead(Workspace workspace) throws IOException {
    Path marker = workspace.dir().resolve(SEEDED);
    boolean seeded = Files.isRegularFile(marker) && Files.readString(marker).equals(identity());
    Files.deleteIfExists(marker);
    return seeded;
  }

  /**
   * Leaves in {@code output} the pristine class files under {@code from} of every source but those
   * in {@code recompiled}: when {@code seededAhead}, all are there already and only those of the
   * recompiled sources are removed; else they are copied now.
   */
  private void pristineClasses(Path from, Path output, Set<String> recompiled, boolean seededAhead)
      throws IOException {
    if (!seededAhead) {
      seed(from, output, recompiled);
      return;
    }
    for (String source : recompiled) {
      for (String file : classFiles.getOrDefault(source, List.of())) {
        Files.deleteIfExists(output.resolve(file));
      }
    }
  }

  /**
   * Copies into {@code output} the pristine class files under {@code from} of every source but
   * those in {@code recompiled}. Copies, not links: code under test could write through a link and
   * change what the next grading starts from. Written from the bytes read at the first copy, as
   * every save copies them all again.
   */
  private void seed(Path from, Path output, Set<String> recompiled) throws IOException {
    Set<Path> folders = new HashSet<>();
    String sources =
        pristine.relative(from).equals(pristine.relative(pristine.testClasses()))
            ? pristine.relative(pristine.testSources())
            : pristine.relative(pristine.mainSources());
    for (var source : classFiles.entrySet()) {
      if (recompiled.contains(source.getKey()) || !source.getKey().startsWith(sources)) {
        continue;
      }
      for (String file : source.getValue()) {
        Path target = output.resolve(file);
        if (folders.add(target.getParent())) {
          Files.createDirectories(target.getParent());
        }
        Path pristineFile = from.resolve(file);
        byte[] bytes = classBytes.get(pristineFile);
        if (bytes == null) {
          bytes = Files.readAllBytes(pristineFile);
          classBytes.put(pristineFile, bytes);
        }
        Files.write(target, bytes);
      }
    }
  }

  @Override
  public void close() throws IOException {
    pristine.close();
  }
}
