package io.kubelab.grader.batch;

import io.kubelab.grader.files.AtomicFiles;
import io.kubelab.grader.files.FileTrees;
import io.kubelab.grader.kit.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * GradebookMerge combines the {@code --out} folders of the shards of one class into one: the
 * per-student folders copied as they are, and the gradebook, summary and {@code grade-all.json}
 * rebuilt from them in class order, as one unsharded run would have written them.
 */
public final class GradebookMerge {
  private GradebookMerge() {}

  /**
   * Merges {@code shards}, the output folders of shards 1/N to N/N in any order, into {@code out},
   * which must be new or empty; returns the class's report.
   */
  public static BatchReport merge(Catalog catalog, List<Path> shards, Path out) throws IOException {
    TreeMap<Integer, Path> byIndex = new TreeMap<>();
    TreeMap<Integer, RunRecord.Entry> byPosition = new TreeMap<>();
    TreeMap<Integer, Path> folderOf = new TreeMap<>();
    List<String> ignored = List.of();
    double seconds = 0;
    int count = -1;
    for (Path dir : shards) {
      RunRecord run = RunRecord.read(dir);
      Shard shard = Shard.parse(run.shard());
      if (count != -1 && shard.count() != count) {
        throw new IOException(
            dir + " holds shard " + shard + ", but another folder holds a shard of " + count);
      }
      count = shard.count();
      Path twin = byIndex.put(shard.index(), dir);
      if (twin != null) {
        throw new IOException(dir + " and " + twin + " both hold shard " + shard);
      }
      for (RunRecord.Entry entry : run.outcomes()) {
        if (byPosition.put(entry.position(), entry) != null) {
          throw new IOException(
              entry.student() + " was graded by two shards; were they run on the same class?");
        }
        folderOf.put(entry.position(), dir);
      }
      ignored = run.ignored();
      seconds += run.seconds();
    }
    for (int index = 1; index <= count; index++) {
      if (!byIndex.containsKey(index)) {
        throw new IOException(
            "shard " + index + "/" + count + " is missing: merge needs the folder of every shard");
      }
    }
    prepare(out);
    List<StudentResult> outcomes = new ArrayList<>();
    Set<String> students = new HashSet<>();
    for (var position : byPosition.entrySet()) {
      RunRecord.Entry entry = position.getValue();
      if (!students.add(entry.student())) {
        throw new IOException("two submissions are both filed as " + entry.student());
      }
      Path from = folderOf.get(position.getKey()).resolve(entry.student());
      StudentResult.Status status = StudentResult.Status.valueOf(entry.status());
      Optional<StudentRecord> record =
          status == StudentResult.Status.GRADER_FAILED
              ? Optional.empty()
              : StudentRecord.read(from);
      if (status != StudentResult.Status.GRADER_FAILED && record.isEmpty()) {
        throw new IOException(
            "no readable " + StudentRecord.FILE + " for " + entry.student() + " in " + from);
      }
      if (Files.isDirectory(from)) {
        FileTrees.copy(
            from,
            out.resolve(entry.student()),
            // A file still being written by an interrupted run is not part of the gradebook.
            relative -> !relative.toString().endsWith(".part"),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
      outcomes.add(
          new StudentResult(
              new SubmissionEntry(entry.student(), entry.name(), Path.of(entry.source())),
              status,
              record,
              entry.error()));
    }
    BatchReport report = new BatchReport(catalog, outcomes, ignored, seconds);
    AtomicFiles.write(out.resolve("gradebook.csv"), report.gradebook());
    AtomicFiles.write(out.resolve("summary.md"), report.summary());
    List<RunRecord.Entry> entries = new ArrayList<>(byPosition.values());
    new RunRecord(Shard.ALL.toString(), seconds, ignored, entries).write(out);
    return report;
  }

  /**
   * Makes {@code out} if needed; refuses one that holds anything, which merging could overwrite.
   */
  private static void prepare(Path out) throws IOException {
    Files.createDirectories(out);
    try (Stream<Path> children = Files.list(out)) {
      if (children.findAny().isPresent()) {
        throw new IOException(out + " is not empty; merge into a new folder");
      }
    }
  }
}
