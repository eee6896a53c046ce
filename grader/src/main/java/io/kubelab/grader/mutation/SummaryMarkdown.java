package io.kubelab.grader.mutation;

import io.kubelab.grader.mutation.MutationSummary.ExerciseScore;
import io.kubelab.grader.mutation.MutationSummary.Judged;
import io.kubelab.grader.mutation.MutationSummary.Located;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * SummaryMarkdown renders a {@link MutationSummary} for a reader who must decide which check to add
 * next: the score of each exercise, then every surviving mutant on one line.
 */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  /**
   * Renders {@code summary}; {@code reportDir} is PIT's report folder relative to the summary,
   * {@code equivalentFile} the list of equivalent mutants relative to the kit's root.
   */
  public static String render(MutationSummary summary, Path reportDir, Path equivalentFile) {
    String report = reportDir.toString().replace('\\', '/') + "/index.html";
    String equivalent = equivalentFile.toString().replace('\\', '/');
    StringBuilder out = new StringBuilder();
    out.append("# Mutation score of the checks\n\n")
        .append(
            "PIT mutated the reference solutions (the student-editable files of `catalog.toml`)")
        .append(" and ran every exercise's visible and hidden checks against each mutant. A mutant")
        .append(" counts for the exercise whose `// BEGIN EXERCISE` region holds its line; the")
        .append(" mutants judged equivalent in `")
        .append(equivalent)
        .append("` do not count. Target: ")
        .append(percent(MutationSummary.TARGET))
        .append(" of the other mutants killed in every exercise. PIT's own report: [")
        .append(report)
        .append("](")
        .append(report)
        .append(").\n\n");
    out.append("| Exercise | Mutants | Equivalent | Killed | Survived | Score | Target |\n")
        .append("|---|---:|---:|---:|---:|---:|---|\n");
    for (ExerciseScore score : summary.exercises()) {
      out.append("| `")
          .append(score.exercise())
          .append("` | ")
          .append(score.scored() + score.equivalent().size())
          .append(" | ")
          .append(score.equivalent().size())
          .append(" | ")
          .append(killed(score.killed()))
          .append(" | ")
          .append(score.survived().size())
          .append(" | ")
          .append(score.score().map(SummaryMarkdown::percent).orElse("no mutants"))
          .append(" | ")
          .append(score.score().isEmpty() ? "n/a" : score.meetsTarget() ? "met" : "**below**")
          .append(" |\n");
    }
    long outsideKilled =
        summary.outsideRegions().stream().filter(l -> l.mutant().detected()).count();
    out.append("\nOutside the exercise regions (kit code inside student files, not scored): ")
        .append(summary.outsideRegions().size())
        .append(" mutants, ")
        .append(outsideKilled)
        .append(" killed. An exercise without mutants is not measured here: PIT finds nothing to")
        .append(
            " change in its regions (a type in a declaration, one call whose result is used).\n");

    out.append("\n## Surviving mutants\n");
    boolean any = false;
    for (ExerciseScore score : summary.exercises()) {
      if (score.survived().isEmpty()) {
        continue;
      }
      any = true;
      out.append("\n### `").append(score.exercise()).append("`\n\n");
      for (Located survivor : score.survived()) {
        out.append("- ").append(describe(survivor)).append('\n');
      }
    }
    if (!any) {
      out.append("\nNone: the checks kill every mutant that is not judged equivalent.\n");
    }
    List<Located> outsideSurvivors =
        summary.outsideRegions().stream().filter(l -> !l.mutant().detected()).toList();
    if (!outsideSurvivors.isEmpty()) {
      out.append("\n### Outside the exercise regions (not scored)\n\n");
      for (Located survivor : outsideSurvivors) {
        out.append("- ").append(describe(survivor)).append('\n');
      }
    }

    out.append("\n## Judged equivalent\n\n");
    List<Judged> judged =
        summary.exercises().stream().flatMap(score -> score.equivalent().stream()).toList();
    if (judged.isEmpty()) {
      out.append("None.\n");
    }
    for (ExerciseScore score : summary.exercises()) {
      for (Judged entry : score.equivalent()) {
        out.append("- `")
            .append(score.exercise())
            .append("` ")
            .append(describe(entry.mutant()))
            .append(": ")
            .append(entry.equivalence().reason())
            .append('\n');
      }
    }
    if (!summary.unmatched().isEmpty()) {
      out.append("\n## Entries of `")
          .append(equivalent)
          .append("` that match no surviving mutant\n\n")
          .append(
              "The solution changed or a check now kills the mutant: update or remove them.\n\n");
      for (Equivalence entry : summary.unmatched()) {
        out.append("- `")
            .append(simpleName(entry.mutatedClass()))
            .append("` `")
            .append(entry.method())
            .append("`: ")
            .append(entry.description())
            .append(" in `")
            .append(entry.source())
            .append("`\n");
      }
    }
    return out.toString();
  }

  /** Returns one line for the build log, e.g. {@code string-set: 15 of 16 killed (93.8%)}. */
  public static String oneLine(ExerciseScore score) {
    if (score.score().isEmpty()) {
      return score.exercise() + ": no mutants to score";
    }
    return score.exercise()
        + ": "
        + score.killed().size()
        + " of "
        + score.scored()
        + " killed"
        + " ("
        + percent(score.score().get())
        + ")"
        + (score.equivalent().isEmpty() ? "" : ", " + score.equivalent().size() + " equivalent")
        + (score.meetsTarget() ? "" : ", below the target of " + percent(MutationSummary.TARGET));
  }

  private static String killed(List<Located> killed) {
    long timedOut = killed.stream().filter(l -> l.mutant().timedOut()).count();
    // A timeout depends on how busy the machine was; the reader should see how many there were.
    return killed.size() + (timedOut == 0 ? "" : " (" + timedOut + " timed out)");
  }

  private static String describe(Located located) {
    Mutant mutant = located.mutant();
    return "`"
        + mutant.sourceFile()
        + ":"
        + mutant.line()
        + "` `"
        + mutant.method()
        + "`: "
        + mutant.description()
        + " in `"
        + located.sourceLine()
        + "` ("
        + mutant.status()
        + ")";
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
