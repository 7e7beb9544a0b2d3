package dev.cairn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code cairn migrate} group; each subcommand is its own class. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Work with a versioned migration directory (Atlas format) and apply it.",
    subcommands = {
      MigrateHashCommand.class,
      MigrateValidateCommand.class,
      MigrateNewCommand.class,
      MigrateLintCommand.class,
      MigrateApplyCommand.class,
      MigrateStatusCommand.class,
      MigrateSetCommand.class,
      MigrateDiffCommand.class,
      MigrateAdoptCommand.class,
      MigrateImportCommand.class,
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate new add_users --dir file://migrations",
      "  cairn migrate hash --dir file://migrations",
      "  cairn migrate validate --dir file://migrations",
      "  cairn migrate lint --dir file://migrations --git-base origin/main --format github",
      "  cairn migrate apply --dir file://migrations --url jdbc:postgresql://localhost/app",
      "  cairn migrate status --dir file://migrations --url jdbc:postgresql://localhost/app"
    })
public final class MigrateCommand implements Runnable {
  @ParentCommand CairnCommand parent;

  @Spec CommandSpec spec;

  /**
   * The top command (for shared state such as the clock).
   *
   * @return the parent command
   */
  public CairnCommand parent() {
    return parent;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
