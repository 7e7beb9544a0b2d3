package dev.cairn.cli;

import dev.cairn.cli.internal.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** The outcome of one in-process {@code cairn} invocation. */
record CliRun(int exitCode, String out, String err) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

  static CliRun cairn(String... args) {
    return cairn(CLOCK, args);
  }

  static CliRun cairn(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(clock, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A run with its own environment variables and working directory, never on a terminal. */
  static CliRun cairn(Map<String, String> variables, Path workingDirectory, String... args) {
    return run(Main.commandLine(environment(variables, workingDirectory, false)), args);
  }

  static CliEnvironment environment(
      Map<String, String> variables, Path workingDirectory, boolean terminal) {
    return new CliEnvironment(CLOCK, variables, workingDirectory, terminal);
  }

  static CliRun run(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(cmd, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
