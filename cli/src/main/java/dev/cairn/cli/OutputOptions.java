package dev.cairn.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format text|json} option (a picocli mixin) for commands whose output is either text
 * or one JSON document. With {@code --format json}, a failure is also reported as {@code {"error":
 * {…}}} on standard output, so a script reading standard output always gets JSON. Commands with
 * more formats (lint's SARIF, inspect's SQL) declare their own {@code --format}.
 */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text or json. Default: ${DEFAULT-VALUE}")
  OutputFormat format = OutputFormat.TEXT;

  /**
   * The selected format.
   *
   * @return the format
   */
  public OutputFormat format() {
    return format;
  }

  /**
   * Whether JSON was asked for.
   *
   * @return true for {@code --format json}
   */
  public boolean json() {
    return format == OutputFormat.JSON;
  }
}
