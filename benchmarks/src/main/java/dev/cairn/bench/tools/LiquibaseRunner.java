package dev.cairn.bench.tools;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase's {@code update} command through its command API (what the CLI, the Maven plugin and
 * current integrations call), with the changelog directory as the resource root.
 */
final class LiquibaseRunner {
  /** Kept strongly reachable: java.util.logging forgets levels of collected loggers. */
  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

  static {
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    // Liquibase 5 sends usage analytics by default (fetching its configuration over the network
    // first); a benchmark must not, and the network time is not Liquibase's work.
    if (System.getProperty("liquibase.analytics.enabled") == null) {
      System.setProperty("liquibase.analytics.enabled", "false");
    }
  }

  private LiquibaseRunner() {}

  static int update(Target t, Path liquibaseDir, String changelog) {
    try {
      Map<String, Object> scope = new HashMap<>();
      scope.put(
          Scope.Attr.resourceAccessor.name(),
          new DirectoryResourceAccessor(liquibaseDir.toAbsolutePath()));
      // The update summary goes to the log (at WARNING: not shown), not to standard output.
      scope.put(Scope.Attr.ui.name(), new LoggerUIService());
      Scope.child(
          scope,
          () -> {
            CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME);
            update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, t.jdbcUrl());
            update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, t.user());
            if (t.passwordOrNull() != null) {
              update.addArgumentValue(
                  DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, t.passwordOrNull());
            }
            update.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog);
            // The "UPDATE SUMMARY" table goes to the command's output stream, not to the UI.
            update.setOutput(OutputStream.nullOutputStream());
            update.execute();
          });
      return -1;
    } catch (Exception e) {
      throw new IllegalStateException("liquibase update failed: " + e.getMessage(), e);
    }
  }
}
