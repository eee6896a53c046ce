package io.kubelab.grader.mutation;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MutationSummary scores each exercise's checks by the mutants of the reference solution they
 * catch: a mutant belongs to the exercise whose {@code // BEGIN EXERCISE} region holds its line,
 * and mutants judged equivalent are left out of the score.
 */
public record MutationSummary(
    List<ExerciseScore> exercises, List<Located> outsideRegions, List<Equivalence> unmatched) {

  /** The share of non-equivalent mutants every exercise's checks should kill. */
  public static final double TARGET = 0.90;

  /** Located is a mutant with the text of the line it mutated. */
  public record Located(Mutant mutant, String sourceLine) {}

  /** Judged is a surviving mutant and the entry that judged it equivalent. */
  public record Judged(Located mutant, Equivalence equivalence) {}

  /** ExerciseScore is what one exercise's checks did to the mutants of its regions. */
  public record ExerciseScore(
      String exercise, List<Located> killed, List<Located> survived, List<Judged> equivalent) {

    /** Returns the mutants that count: all of them but the equivalent ones. */
    public int scored() {
      return killed.size() + survived.size();
    }

    /** Returns the share of counted mutants killed, if any mutant counts. */
    public Optional<Double> score() {
      return scored() == 0 ? Optional.empty() : Optional.of((double) killed.size() / scored());
    }

    /** Returns whether the score reaches {@link #TARGET}; an exercise with no mutant does. */
    public boolean meetsTarget() {
      return score().map(score -> score >= TARGET).orElse(true);
    }
  }

  /**
   * Attributes {@code mutants} to the exercises of {@code catalog} by the regions of {@code
   * sources}, the solution text of every student file keyed by its catalog path, and applies the
   * {@code equivalent} list to the survivors.
   */
  public static MutationSummary of(
      Catalog catalog,
      Map<String, String> sources,
      List<Mutant> mutants,
      List<Equivalence> equivalent) {
    Map<String, List<ExerciseRegion>> regions = regions(catalog, sources);
    Map<String, List<Located>> killed = new LinkedHashMap<>();
    Map<String, List<Located>> survived = new LinkedHashMap<>();
    Map<String, List<Judged>> judged = new LinkedHashMap<>();
    List<Located> outside = new ArrayList<>();
    Set<Equivalence> used = new LinkedHashSet<>();
    for (Mutant mutant : mutants) {
      String file = mutant.file();
      String source = sources.get(file);
      if (source == null) {
        throw new IllegalArgumentException(
            "PIT mutated "
                + mutant.mutatedClass()
                + " in "
                + file
                + ", which catalog.toml does not list as a student file");
      }
      String[] lines = source.split("\n", -1);
      if (mutant.line() < 1 || mutant.line() > lines.length) {
        throw new IllegalArgumentException(
            file
                + " has "
                + lines.length
                + " lines; PIT reports a mutant on line "
                + mutant.line());
      }
      Located located = new Located(mutant, lines[mutant.line() - 1].strip());
      Optional<String> exercise =
          regions.get(file).stream()
              .filter(region -> region.contains(mutant.line()))
              .map(ExerciseRegion::exercise)
              .findFirst();
      if (exercise.isEmpty()) {
        outside.add(located);
        continue;
      }
      String id = exercise.get();
      if (mutant.detected()) {
        killed.computeIfAbsent(id, key -> new ArrayList<>()).add(located);
        continue;
      }
      Optional<Equivalence> match =
          equivalent.stream()
              .filter(entry -> entry.matches(mutant, located.sourceLine()))
              .findFirst();
      if (match.isPresent()) {
        used.add(match.get());
        judged.computeIfAbsent(id, key -> new ArrayList<>()).add(new Judged(located, match.get()));
      } else {
        survived.computeIfAbsent(id, key -> new ArrayList<>()).add(located);
      }
    }
    List<ExerciseScore> scores = new ArrayList<>();
    for (Exercise exercise : catalog.exercises()) {
      String id = exercise.id();
      scores.add(
          new ExerciseScore(
              id,
              List.copyOf(killed.getOrDefault(id, List.of())),
              List.copyOf(survived.getOrDefault(id, List.of())),
              List.copyOf(judged.getOrDefault(id, List.of()))));
    }
    List<Equivalence> unmatched = equivalent.stream().filter(e -> !used.contains(e)).toList();
    return new MutationSummary(List.copyOf(scores), List.copyOf(outside), unmatched);
  }

  private static Map<String, List<ExerciseRegion>> regions(
      Catalog catalog, Map<String, String> sources) {
    Map<String, List<ExerciseRegion>> regions = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : sources.entrySet()) {
      String file = entry.getKey();
      List<ExerciseRegion> found = ExerciseRegion.of(file, entry.getValue());
      for (ExerciseRegion region : found) {
        Optional<Exercise> exercise = catalog.exercise(region.exercise());
        if (exercise.isEmpty() || !exercise.get().files().contains(file)) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + (region.firstLine() - 1)
                  + ": a region of exercise "
                  + region.exercise()
                  + ", but catalog.toml does not list "
                  + file
                  + " for that exercise");
        }
      }
      regions.put(file, found);
    }
    return regions;
  }

  /**
   * Writes the summary of PIT's report {@code args[1]} for the kit at {@code args[0]}, with the
   * equivalent mutants of {@code args[2]}, as Markdown to {@code args[3]}, and prints each
   * exercise's score.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: MutationSummary <kit root> <mutations.xml> <equivalent.tsv> <summary.md>");
    }
    Kit kit = Kit.open(Path.of(args[0]));
    Map<String, String> sources = new LinkedHashMap<>();
    for (String file : kit.catalog().studentFiles()) {
      sources.put(file, Files.readString(kit.solutions().resolve(file), StandardCharsets.UTF_8));
    }
    Path report = Path.of(args[1]);
    Path equivalentFile = Path.of(args[2]);
    Path out = Path.of(args[3]);
    MutationSummary summary =
        of(kit.catalog(), sources, MutationsXml.read(report), Equivalence.read(equivalentFile));
    String markdown =
        SummaryMarkdown.render(
            summary,
            out.toAbsolutePath().getParent().relativize(report.toAbsolutePath().getParent()),
            kit.root().relativize(equivalentFile.toAbsolutePath().normalize()));
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    for (ExerciseScore score : summary.exercises()) {
      System.out.println("mutation score: " + SummaryMarkdown.oneLine(score));
    }
    System.out.println("mutation summary: " + out.toAbsolutePath().normalize());
  }
}
