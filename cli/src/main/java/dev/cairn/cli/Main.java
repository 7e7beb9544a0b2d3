package dev.cairn.cli;

import dev.cairn.cli.internal.CliEnvironment;
import dev.cairn.cli.internal.ColorMode;
import dev.cairn.cli.internal.Durations;
import dev.cairn.cli.internal.ProjectDefaults;
import dev.cairn.runtime.CairnException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
    int code = execute(CliEnvironment.system(Clock.systemUTC(), true), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs a command in-process, with the process's environment variables and working directory and
   * without terminal features (no colour, no progress).
   *
   * @param clock the clock for new migration versions
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code ({@link ExitCode#code()})
   */
  public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    return execute(CliEnvironment.system(clock, false), out, err, args);
  }

  static int execute(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
    return execute(commandLine(environment), out, err, args);
  }

  static int execute(CommandLine cmd, PrintWriter out, PrintWriter err, String... args) {
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the configured command tree for the process environment.
   *
   * @param clock the clock for new migration versions
   * @return the command line
   */
  static CommandLine commandLine(Clock clock) {
    return commandLine(CliEnvironment.system(clock, false));
  }

  /**
   * Builds the command tree.
   *
   * @param environment the process environment
   * @param extra further top-level subcommands (tests use it to exercise the shared mixins)
   * @return the command line
   */
  static CommandLine commandLine(CliEnvironment environment, Object... extra) {
    CairnCommand top = new CairnCommand(environment);
    CommandLine cmd = new CommandLine(top);
    for (Object sub : extra) {
      cmd.addSubcommand(sub);
    }
    cmd.setExecutionExceptionHandler(new ErrorPrinter());
    cmd.setParameterExceptionHandler(new UsageErrorPrinter());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpAutoWidth(true);
    // Examples and the exit-code table are printed as written: a wrapped example cannot be
    // copied into a shell.
    cmd.setHelpSectionMap(unwrappedFooters(cmd.getHelpSectionMap()));
    cmd.registerConverter(Duration.class, new Durations());
    ProjectDefaults defaults = ProjectDefaults.install(cmd, environment);
    top.defaults(defaults);
    cmd.setColorScheme(colorScheme(Terminal.decide(environment, ColorMode.AUTO, null)));
    cmd.setExecutionStrategy(
        parsed -> {
          CommandSpec last =
              parsed
                  .asCommandLineList()
                  .get(parsed.asCommandLineList().size() - 1)
                  .getCommandSpec();
          cmd.setColorScheme(colorScheme(Terminal.of(last)));
          // Help shows defaults, which may come from cairn.yaml: show them without secrets.
          defaults.helpMode(true);
          try {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
              return help;
            }
          } finally {
            defaults.helpMode(false);
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    return cmd;
  }

  private static Map<String, CommandLine.IHelpSectionRenderer> unwrappedFooters(
      Map<String, CommandLine.IHelpSectionRenderer> sections) {
    Map<String, CommandLine.IHelpSectionRenderer> out = new LinkedHashMap<>(sections);
    out.put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
        help -> {
          StringBuilder sb = new StringBuilder();
          for (String line : help.commandSpec().usageMessage().footer()) {
            sb.append(line).append(System.lineSeparator());
          }
          return sb.toString();
        });
    return out;
  }

  private static Help.ColorScheme colorScheme(Terminal terminal) {
    return Help.defaultColorScheme(terminal.colors() ? Help.Ansi.ON : Help.Ansi.OFF);
  }

  /** Whether the failing command was asked for JSON output ({@code --format json}). */
  private static boolean json(CommandLine cmd) {
    OptionSpec format = cmd.getCommandSpec().findOption("--format");
    Object value = format == null ? null : format.getValue();
    return value != null && value.toString().equalsIgnoreCase("json");
  }

  /** Usage errors: one line saying what is wrong, suggestions, and where to get help. */
  private static final class UsageErrorPrinter implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("error: " + ex.getMessage());
      UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCode.USAGE.code();
    }
  }

  /** One consistent way to report failures: a message on stderr, a stack trace only on request. */
  private static final class ErrorPrinter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      boolean verbose = CairnCommand.verbose(parsed);
      ExitCode exit;
      String code;
      String message;
      if (e instanceof CairnException ce) {
        message = ce.getMessage();
        err.println("error: " + message);
        exit = ExitCode.of(ce.code());
        code = ce.code().name();
      } else {
        message = e.toString();
        err.println(
            "internal error: "
                + e
                + (verbose ? "" : " (run with --verbose for the stack trace, and report it)"));
        exit = ExitCode.INTERNAL;
        code = "INTERNAL_ERROR";
      }
      if (verbose) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      }
      err.flush();
      if (json(cmd)) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("exitCode", exit.code());
        error.put("message", message);
        cmd.getOut().print(Json.write(Map.of("error", error)));
        cmd.getOut().flush();
      }
      return exit.code();
    }
  }
}
