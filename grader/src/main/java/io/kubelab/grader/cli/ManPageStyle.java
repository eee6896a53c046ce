package io.kubelab.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * ManPageStyle lays out every command's {@code --help} as a manual page: NAME, SYNOPSIS,
 * DESCRIPTION, ARGUMENTS, OPTIONS and COMMANDS, and for {@code kubelab} itself the FILES,
 * ENVIRONMENT and EXIT STATUS a user looks for in {@code man}.
 */
final class ManPageStyle {
  private static final String[] FOOTER = {
    "",
    "FILES",
    "  catalog.toml   the lessons and exercises, in course order",
    "  lessons/       one lesson per pull request; lessons/zh-CN/ the same in Chinese",
    "  exercises/     your code, between // BEGIN EXERCISE and // END EXERCISE",
    "  exercises/.kubelab-progress.json",
    "                 hints shown and exercises passed; git ignores it, and",
    "                 deleting it loses nothing a re-check cannot rebuild",
    "",
    "ENVIRONMENT",
    "  NO_COLOR       set and not empty: no colour, even on a terminal",
    "  KUBELAB_ETCD_ENDPOINTS",
    "                 an etcd cluster for the real-etcd tests and demos",
    "  CI             true: tests that need a real etcd or a container must run",
    "  LC_ALL, LC_MESSAGES, LANG",
    "                 a Chinese locale (zh_CN.UTF-8): lessons, hints and the lesson",
    "                 named in messages are Chinese; --lang en|zh overrides it",
    "",
    "EXIT STATUS",
    "  0  done; for grade and grade-all: grading completed, whatever the score",
    "  1  a failure, or for run: the exercise does not pass yet",
    "  2  a usage error",
    "  3  grade-all: the grader itself failed on a submission (see summary.md)",
    "",
    "SEE ALSO",
    "  README.md; ./kubelab help <command>; ./kubelab lesson <lesson>",
  };

  private ManPageStyle() {}

  /** Applies the layout to {@code commandLine} and every subcommand below it. */
  static void apply(CommandLine commandLine) {
    UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    String[] description = usage.description();
    // The name line is the heading itself: a header would replace the description in the list of
    // commands.
    usage
        .headerHeading(
            "NAME%n  "
                + commandLine.getCommandSpec().qualifiedName()
                + (description.length == 0 ? "" : " - " + description[0].replace("%", "%%"))
                + "%n")
        .synopsisHeading("%nSYNOPSIS%n  ")
        .descriptionHeading("%nDESCRIPTION%n")
        .parameterListHeading("%nARGUMENTS%n")
        .optionListHeading("%nOPTIONS%n")
        .commandListHeading("%nCOMMANDS%n");
    if (commandLine.getCommandSpec().parent() == null) {
      usage.footer(FOOTER);
    }
    commandLine.getSubcommands().values().forEach(ManPageStyle::apply);
  }
}
