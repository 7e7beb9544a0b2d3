package dev.cairn.cli.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code cairn} run sees of its process: the clock, the environment variables, the working
 * directory (where {@code cairn.yaml} is looked up) and whether standard output is a terminal.
 * In-process runs (tests, embedding tools) pass their own.
 *
 * @param clock the clock for new migration versions
 * @param variables the environment variables
 * @param workingDirectory where relative {@code --config} paths and {@code cairn.yaml} are found
 * @param terminal whether output goes to an interactive terminal (colour and progress allowed)
 */
public record CliEnvironment(
    Clock clock, Map<String, String> variables, Path workingDirectory, boolean terminal) {

  /** Copies the variables. */
  public CliEnvironment {
    Objects.requireNonNull(clock, "clock");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /**
   * The real process: {@link System#getenv()}, the current directory, and a terminal when the JVM
   * has a console.
   *
   * @param clock the clock
   * @param terminal whether output goes to the process's own standard streams on a console
   * @return the environment
   */
  public static CliEnvironment system(Clock clock, boolean terminal) {
    return new CliEnvironment(
        clock, System.getenv(), Path.of("").toAbsolutePath(), terminal && System.console() != null);
  }

  /**
   * An environment variable, treating an empty value as unset.
   *
   * @param name the name
   * @return the value, or null when unset or empty
   */
  public String variable(String name) {
    String v = variables.get(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
