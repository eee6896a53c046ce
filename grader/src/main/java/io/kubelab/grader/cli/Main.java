package io.kubelab.grader.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** Main starts the {@code kubelab} command line; the {@code ./kubelab} script calls it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale: with LANG=C, Java 17 would print the verdict marks (✓ ✗ ·) as
    // '?', which people and the scripts that wait for them both need.
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    OptionalInt quick = QuickLookups.run(args, out, err);
    int status;
    if (quick.isPresent()) {
      status = quick.getAsInt();
    } else {
      CommandLine commandLine = commandLine();
      commandLine.setOut(out);
      commandLine.setErr(err);
      status = commandLine.execute(args);
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new KubelabCommand());
    ManPageStyle.apply(commandLine);
    // A usage error is one line and where to read more; the whole manual page would bury it.
    commandLine.setParameterExceptionHandler(
        (failure, args) -> {
          CommandLine cmd = failure.getCommandLine();
          PrintWriter err = cmd.getErr();
          err.println("kubelab: " + failure.getMessage());
          UnmatchedArgumentException.printSuggestions(failure, err);
          err.println("See ./" + cmd.getCommandSpec().qualifiedName(" ") + " --help");
          return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
    commandLine.setExecutionExceptionHandler(
        (failure, cmd, parsed) -> failed(cmd.getErr(), failure));
    return commandLine;
  }

  /** Reports a command that failed as it ran, in one line; returns its exit status. */
  static int failed(PrintWriter err, Exception failure) {
    err.println("kubelab: " + failure.getMessage());
    return 1;
  }
}
