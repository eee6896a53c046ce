package io.kubelab.grader.cli;

import picocli.CommandLine;

/** Main starts the {@code kubelab} command line; the {@code ./kubelab} script calls it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(status);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new KubelabCommand());
    ManPageStyle.apply(commandLine);
    commandLine.setExecutionExceptionHandler(
        (failure, cmd, parsed) -> {
          cmd.getErr().println("kubelab: " + failure.getMessage());
          return 1;
        });
    return commandLine;
  }
}
