package dev.cairn.cli;

import dev.cairn.diff.RenameHints;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --rename} option (a picocli mixin) of the commands that diff two schemas: renames the
 * differ cannot tell from a drop and an add.
 */
public final class RenameOptions {
  @Option(
      names = "--rename",
      paramLabel = "HINT",
      description = {
        "Declare a rename instead of a drop and an add (repeatable):"
            + " SCHEMA.OLD_TABLE=NEW_TABLE or SCHEMA.TABLE.OLD_COLUMN=NEW_COLUMN"
            + " (or SCHEMA.ENUM.OLD_LABEL=NEW_LABEL)."
      })
  List<String> renames = new ArrayList<>();

  /**
   * The declared renames.
   *
   * @param spec the command, for the usage error
   * @return the hints, {@link RenameHints#none()} when none was declared
   * @throws ParameterException when a hint is malformed
   */
  public RenameHints hints(CommandSpec spec) {
    RenameHints hints = RenameHints.none();
    for (String r : renames) {
      try {
        hints = hints.parse(r);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return hints;
  }
}
