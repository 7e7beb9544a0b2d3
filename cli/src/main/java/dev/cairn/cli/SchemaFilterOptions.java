package dev.cairn.cli;

import dev.cairn.diff.InspectOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --schema}, {@code --exclude-schema} and {@code --exclude-table} options (a picocli
 * mixin) of the commands that inspect a database: what part of it they look at.
 */
public final class SchemaFilterOptions {
  @Option(
      names = {"-s", "--schema"},
      split = ",",
      paramLabel = "NAME",
      description = "Only these schemas (repeatable or comma-separated; * and ? match).")
  List<String> schemas = new ArrayList<>();

  @Option(
      names = "--exclude-schema",
      split = ",",
      paramLabel = "NAME",
      description = "Leave these schemas out (patterns allowed).")
  List<String> excludedSchemas = new ArrayList<>();

  @Option(
      names = "--exclude-table",
      split = ",",
      paramLabel = "[SCHEMA.]TABLE",
      description = "Leave these tables or views out (patterns allowed).")
  List<String> excludedTables = new ArrayList<>();

  /**
   * The default inspect options narrowed by these options.
   *
   * @return the inspect options
   */
  public InspectOptions inspectOptions() {
    return InspectOptions.defaults()
        .withSchemas(schemas)
        .excludingSchemas(excludedSchemas.toArray(new String[0]))
        .excludingTables(excludedTables.toArray(new String[0]));
  }
}
