package io.kubelab.grader;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelab.grader.grade.GradeOptions;
import io.kubelab.grader.jvm.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * FixtureScenario is a golden fixture's {@code scenario.json}, read strictly: what the submission
 * is laid over, the form it is handed in, how it is graded, and the phrases its feedback must hold.
 * An unknown key, a missing one or a value out of place fails the read with the file's name, so a
 * typo in a fixture never silently grades something else.
 */
public record FixtureScenario(
    String about,
    Base base,
    Form form,
    Grading grading,
    List<String> says,
    List<String> delete,
    List<ArchiveEntry> archive,
    String file) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The tree the fixture's {@code submission/} files are laid over. */
  public enum Base {
    /** {@code exercises/} with {@code solutions/} over it: the solved kit. */
    @JsonProperty("solutions")
    SOLUTIONS,
    /** {@code exercises/} as handed out: every exercise a stub. */
    @JsonProperty("exercises")
    EXERCISES
  }

  /** How the student hands the submission in. */
  public enum Form {
    /** A folder named after the fixture. */
    @JsonProperty("folder")
    FOLDER,
    /** A zip named after the fixture, holding the entries {@code archive} lists. */
    @JsonProperty("archive")
    ARCHIVE,
    /** A git repository whose HEAD is the submission; {@code uncommitted/} is changed after it. */
    @JsonProperty("git-head")
    GIT_HEAD,
    /** The fixture's {@code file}, handed in as it is, named after the fixture. */
    @JsonProperty("file")
    FILE
  }

  /** The limits a fixture is graded under. */
  public enum LimitSet {
    @JsonProperty("default")
    DEFAULT(Limits.defaults()),
    /** 2 CPU-seconds a test and 128 MB: a hostile test is stopped soon. */
    @JsonProperty("fast")
    FAST(new Limits(Duration.ofSeconds(2), Duration.ofSeconds(90), 128, Limits.OUTPUT_BYTES)),
    /** As fast, with an 8-second wall-clock backstop, so a blocked test is noticed soon. */
    @JsonProperty("short-wall")
    SHORT_WALL(
        new Limits(
            Duration.ofSeconds(2),
            Duration.ofSeconds(120),
            128,
            Limits.OUTPUT_BYTES,
            Limits.RESUMES,
            Duration.ofSeconds(8)));

    final Limits limits;

    LimitSet(Limits limits) {
      this.limits = limits;
    }
  }

  /** Which exercises are graded, hidden tests included (none named: every one), and the limits. */
  public record Grading(List<String> exercises, LimitSet limits) {
    public Grading {
      exercises = List.copyOf(Objects.requireNonNull(exercises, "grading.exercises is missing"));
      Objects.requireNonNull(limits, "grading.limits is missing");
    }

    public GradeOptions options() {
      return new GradeOptions(true, exercises, limits.limits);
    }
  }

  /** One zip entry: its name, and its bytes from the assembled tree, a text, or a link target. */
  public record ArchiveEntry(String entry, String from, String text, String symlink) {
    public ArchiveEntry {
      Objects.requireNonNull(entry, "an archive entry has no name");
      long sources = Stream.of(from, text, symlink).filter(Objects::nonNull).count();
      if (sources != 1) {
        throw new IllegalArgumentException(
            "archive entry " + entry + " needs exactly one of from, text and symlink");
      }
    }
  }

  public FixtureScenario {
    Objects.requireNonNull(about, "about is missing: say what the submission does");
    Objects.requireNonNull(base, "base is missing");
    Objects.requireNonNull(form, "form is missing");
    Objects.requireNonNull(grading, "grading is missing");
    says = says == null ? List.of() : List.copyOf(says);
    delete = delete == null ? List.of() : List.copyOf(delete);
    archive = archive == null ? List.of() : List.copyOf(archive);
    if ((form == Form.ARCHIVE) == archive.isEmpty()) {
      throw new IllegalArgumentException("archive lists the zip's entries for form archive only");
    }
    if ((form == Form.FILE) == (file == null)) {
      throw new IllegalArgumentException("file names the handed-in file for form file only");
    }
  }

  /** Reads {@code scenario.json}; anything out of place throws, naming the file. */
  public static FixtureScenario read(Path json) throws IOException {
    try {
      return JSON.readValue(json.toFile(), FixtureScenario.class);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new IOException(json + " is not a valid scenario: " + e.getMessage(), e);
    }
  }
}
