package io.kubelab.grader.cli;

import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.site.Course;
import io.kubelab.grader.site.SiteWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * SiteCommand writes the lessons as a static site a reader opens from disk: both languages, the
 * diagrams drawn and the code highlighted in the browser, nothing fetched from a network.
 */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
      "Write the lessons as a static site into <dir>, e.g. ./kubelab site site/; open"
          + " <dir>/index.html in a browser. No server and no network are needed to read it."
    })
final class SiteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<dir>", description = "folder to write the site into")
  Path dir;

  @Override
  public Integer call() throws Exception {
    List<Path> pages = new SiteWriter(Course.load(Kit.locate())).write(dir);
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %d pages to %s; open %s in a browser.%n",
            pages.size(), dir, dir.resolve("index.html").toAbsolutePath().normalize());
    return 0;
  }
}
