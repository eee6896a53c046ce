package io.kubelab.grader.cli;

import io.kubelab.grader.compile.CompiledKit;
import io.kubelab.grader.kit.Kit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** DemoCommand runs a lesson's demo on the student's code, or on the reference solutions. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run a lesson's demo with your code from exercises/.",
      "  race [writers] [pods each]   PR #265: how many pods the naive writer and your runPod lose,"
          + " on the embedded etcd and a real one"
    })
final class DemoCommand implements Callable<Integer> {
  private static final Map<String, String> DEMOS = Map.of("race", "io.kubelab.demo.RaceDemo");

  @Parameters(
      index = "0",
      paramLabel = "<demo>",
      description = "the demo: ${COMPLETION-CANDIDATES}",
      completionCandidates = Names.class)
  String demo;

  @Parameters(index = "1..*", paramLabel = "<arg>", description = "the demo's arguments")
  List<String> args = new ArrayList<>();

  @Option(names = "--reference", description = "run the reference solutions instead of your code")
  boolean reference;

  @Override
  public Integer call() throws Exception {
    String mainClass = DEMOS.get(demo);
    if (mainClass == null) {
      throw new ParameterException(
          new picocli.CommandLine(this), "unknown demo " + demo + "; try: " + DEMOS.keySet());
    }
    try (CompiledKit kit = CompiledKit.compile(Kit.locate(), reference)) {
      return kit.run(mainClass, args);
    }
  }

  /** The demos' names, for --help and shell completion. */
  static final class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      super(DEMOS.keySet());
    }
  }
}
