package dev.cairn.cli.schema;

import dev.cairn.cli.SchemaDriftCommand;
import dev.cairn.cli.SchemaReconcileCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code cairn schema} group; each subcommand is its own class. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Inspect schema states: live databases, SQL files, migration directories.",
    subcommands = {
      SchemaInspectCommand.class,
      SchemaDiffCommand.class,
      SchemaDriftCommand.class,
      SchemaReconcileCommand.class,
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn schema inspect --url postgres://app:secret@localhost:5432/app",
      "  cairn schema inspect --url file://migrations --format json"
    })
public final class SchemaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
