package dev.cairn.cli;

import dev.cairn.runtime.CairnException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of {@code cairn.jar}. {@link #execute(Clock, PrintWriter, PrintWriter, String...)}
 * runs a command in-process and returns its exit code, which is what tests and embedding tools use.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its {@link ExitCode}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Charset cs = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    int code = execute(Clock.systemUTC(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs a command in-process.
   *
   * @param clock the clock for new migration versions
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code ({@link ExitCode#code()})
   */
  public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine(clock);
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the configured command tree.
   *
   * @param clock the clock for new migration versions
   * @return the command line
   */
  static CommandLine commandLine(Clock clock) {
    CommandLine cmd = new CommandLine(new CairnCommand(clock));
    cmd.setExecutionExceptionHandler(new ErrorPrinter());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpAutoWidth(true);
    return cmd;
  }

  /** One consistent way to report failures: a message on stderr, a stack trace only on request. */
  private static final class ErrorPrinter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      boolean verbose = CairnCommand.verbose(parsed);
      ExitCode exit;
      if (e instanceof CairnException ce) {
        err.println("error: " + ce.getMessage());
        exit = ExitCode.of(ce.code());
      } else {
        err.println(
            "internal error: "
                + e
                + (verbose ? "" : " (run with --verbose for the stack trace, and report it)"));
        exit = ExitCode.INTERNAL;
      }
      if (verbose) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      }
      err.flush();
      return exit.code();
    }
  }
}
