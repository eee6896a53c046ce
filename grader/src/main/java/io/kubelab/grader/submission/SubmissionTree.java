package io.kubelab.grader.submission;

import io.kubelab.grader.process.ProcessTree;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * SubmissionTree lists what a submission holds, by relative path, without extracting anything: a
 * directory, a zip (read with its Unix modes, so a symbolic link is seen as one) or a git
 * repository at HEAD (read with {@code git ls-tree} and {@code git cat-file}, which run no hooks,
 * filters or other commands a repository's own configuration could name).
 */
record SubmissionTree(Map<String, Entry> entries, List<String> problems) {

  /** More entries than any kit has; a submission past it is read only this far. */
  private static final int MAX_ENTRIES = 20_000;

  /** Folders a submitted directory may hold that are never part of a submission. */
  private static final List<String> SKIPPED_FOLDERS = List.of(".git", "target", "node_modules");

  /** What an entry of a submission is, as the file system or archive recorded it. */
  enum EntryType {
    FILE,
    DIRECTORY,
    SYMLINK
  }

  /** One entry: what it is, its size, and how to read its bytes. */
  record Entry(EntryType type, long size, Reader reader) {
    byte[] read() throws IOException {
      return reader.read();
    }
  }

  /** Reads an entry's bytes. */
  @FunctionalInterface
  interface Reader {
    byte[] read() throws IOException;
  }

  SubmissionTree {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    problems = List.copyOf(problems);
  }

  /** Opens the submission at {@code path}. */
  static SubmissionTree open(Path path) throws IOException {
    if (Files.isDirectory(path) && isGitRepository(path)) {
      return fromGit(path);
    }
    if (Files.isDirectory(path)) {
      return fromDirectory(path);
    }
    if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
      return fromZip(path);
    }
    throw new IOException(
        path
            + " is neither a directory, a .zip file nor a git repository; submit your exercises/"
            + " folder or a zip of it");
  }

  private static boolean isGitRepository(Path path) {
    return Files.exists(path.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
        || Files.isRegularFile(path.resolve("HEAD"))
            && Files.isDirectory(path.resolve("objects"))
            && Files.isDirectory(path.resolve("refs"));
  }

  private static SubmissionTree fromDirectory(Path root) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root)) {
              entries.put(name(root, dir), new Entry(EntryType.DIRECTORY, 0, () -> new byte[0]));
            }
            return entries.size() < MAX_ENTRIES
                ? FileVisitResult.CONTINUE
                : FileVisitResult.TERMINATE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            EntryType type = attributes.isSymbolicLink() ? EntryType.SYMLINK : EntryType.FILE;
            entries.put(
                name(root, file), new Entry(type, attributes.size(), () -> readCapped(file)));
            return entries.size() < MAX_ENTRIES
                ? FileVisitResult.CONTINUE
                : FileVisitResult.TERMINATE;
          }
        });
    return new SubmissionTree(entries, List.of());
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] readCapped(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes((int) Submission.MAX_FILE_BYTES + 1);
    }
  }

  private static SubmissionTree fromZip(Path zip) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    // The whole archive is read into memory while the zip is open: entries are small, capped.
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
        String name = entry.getName();
        if (name.startsWith("/")
            || name.contains("\\")
            || List.of(name.split("/")).contains("..")) {
          problems.add(
              "archive entry " + name + " was ignored: entries must stay inside the archive");
          continue;
        }
        if (entries.size() >= MAX_ENTRIES) {
          problems.add(
              "the archive has more than " + MAX_ENTRIES + " entries; the rest were ignored");
          break;
        }
        String clean = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (entry.isDirectory()) {
          entries.put(clean, new Entry(EntryType.DIRECTORY, 0, () -> new byte[0]));
        } else if (entry.isUnixSymlink()) {
          entries.put(clean, new Entry(EntryType.SYMLINK, 0, () -> new byte[0]));
        } else {
          byte[] bytes;
          try (InputStream in = archive.getInputStream(entry)) {
            bytes = in.readNBytes((int) Submission.MAX_FILE_BYTES + 1);
          }
          long size = Math.max(entry.getSize(), bytes.length);
          entries.put(clean, new Entry(EntryType.FILE, size, () -> bytes));
        }
      }
    }
    return new SubmissionTree(entries, problems);
  }

  private static SubmissionTree fromGit(Path repository) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    byte[] listing = git(repository, "ls-tree", "-r", "-z", "-l", "--full-tree", "HEAD");
    for (String record : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      // <mode> SP <type> SP <object> SP+ <size> TAB <path>
      int tab = record.indexOf('\t');
      if (tab < 0 || entries.size() >= MAX_ENTRIES) {
        continue;
      }
      String[] fields = record.substring(0, tab).trim().split(" +");
      String name = record.substring(tab + 1);
      String object = fields[2];
      switch (fields[0]) {
        case "120000" -> entries.put(name, new Entry(EntryType.SYMLINK, 0, () -> new byte[0]));
        case "100644", "100755" ->
            entries.put(
                name,
                new Entry(
                    EntryType.FILE,
                    Long.parseLong(fields[3]),
                    () -> git(repository, "cat-file", "blob", object)));
        default -> {
          // Submodules are not part of a submission.
        }
      }
    }
    return new SubmissionTree(entries, List.of());
  }

  /** Runs a read-only git command in {@code repository}, with no user or system configuration. */
  private static byte[] git(Path repository, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "--no-pager", "-c", "safe.directory=*"));
    if (Files.exists(repository.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      command.addAll(List.of("-C", repository.toString()));
    } else {
      command.add("--git-dir=" + repository);
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process =
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    byte[] out;
    byte[] err;
    try {
      out = process.getInputStream().readNBytes(64 << 20);
      err = process.getErrorStream().readNBytes(4096);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        ProcessTree.end(process);
        throw new IOException("git " + args[0] + " took longer than 30 s in " + repository);
      }
    } catch (InterruptedException e) {
      ProcessTree.end(process);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + repository, e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          repository
              + " is a git repository, but its HEAD could not be read: "
              + new String(err, StandardCharsets.UTF_8).strip());
    }
    return out;
  }
}
