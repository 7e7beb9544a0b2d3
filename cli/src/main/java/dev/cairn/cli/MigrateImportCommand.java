package dev.cairn.cli;

import dev.cairn.diff.imports.HistoryTakeOver;
import dev.cairn.diff.imports.ImportFormat;
import dev.cairn.diff.imports.ImportResult;
import dev.cairn.diff.imports.MigrationImporter;
import dev.cairn.diff.imports.TakeOverResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate import}: converts another tool's migrations into an Atlas-compatible
 * directory and, with {@code --url}, takes over the applied state from the tool's history table.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Convert another tool's migrations into an Atlas-compatible directory (with atlas.sum):"
          + " Flyway (V…__name.sql; R__ repeatables become once-only files after the others; U…"
          + " undo files are left out), a Liquibase formatted-SQL changelog (one file per"
          + " changeset; runInTransaction:false becomes atlas:txmode none; --rollback lines go to"
          + " down/), golang-migrate (.up.sql; .down.sql to down/) or goose (Up section; Down to"
          + " down/; NO TRANSACTION becomes atlas:txmode none). Versions keep the tool's order,"
          + " zero-padded where needed; the output explains the mapping.",
      "With --url (or --env), also take over the database: read the tool's history table and record the"
          + " files it applied as Cairn revisions, so the next 'migrate apply' runs only what is"
          + " new. Refuses, writing nothing, when the history has failed, dirty or out-of-order"
          + " entries. Running the command again with the same source writes no file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate import --from flyway --source src/main/resources/db/migration"
          + " --dir file://migrations",
      "  cairn migrate import --from liquibase --source db/changelog.sql --dir file://migrations"
          + " --url jdbc:postgresql://localhost/app",
      "  cairn migrate import --from golang-migrate --source migrations-go --dir file://migrations",
      "  cairn migrate import --from goose --source db/goose --dir file://migrations --dry-run"
    })
public final class MigrateImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Mixin OutputOptions output;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "TOOL",
      description = "flyway, liquibase, golang-migrate or goose.")
  String from;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "PATH",
      description =
          "The tool's migration directory (Liquibase: the formatted-SQL changelog, or a directory"
              + " of them, read in name order).")
  Path source;

  @Option(
      names = "--history-table",
      paramLabel = "[SCHEMA.]TABLE",
      description =
          "The tool's history table when not the default (flyway_schema_history,"
              + " databasechangelog, schema_migrations, goose_db_version) or in several schemas.")
  String historyTable;

  @Option(
      names = "--dry-run",
      description = "Show what would be written; write no file and take nothing over.")
  boolean dryRun;

  @Override
  public Integer call() {
    ImportFormat format = ImportFormat.parse(from);
    Path target = dir.path();
    ImportResult imported =
        dryRun
            ? MigrationImporter.preview(format, source, target)
            : MigrationImporter.convert(format, source, target);
    TakeOverResult takeOver = null;
    // Only a URL asked for here takes over: CAIRN_URL alone must not turn a conversion into a
    // write to whatever database the shell points at.
    boolean takeOverAsked =
        spec.commandLine().getParseResult().hasMatchedOption("--url")
            || (spec.findOption("--env") != null
                && spec.commandLine().getParseResult().hasMatchedOption("--env"));
    if (!dryRun && takeOverAsked && db.present()) {
      HistoryTakeOver.Builder b =
          HistoryTakeOver.configure()
              .url(db.jdbcUrl(), db.user().orElse(null), db.password().orElse(null))
              .historyTable(historyTable)
              .connectRetry(db.connectRetry());
      if (db.revisionsSchema != null) {
        b.revisionsSchema(db.revisionsSchema);
      }
      if (db.lockTimeout != null) {
        b.lockTimeout(db.lockTimeout);
      }
      takeOver = b.load().takeOver(imported);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dryRun", dryRun);
      m.put("import", ExistingDatabaseJson.imported(imported));
      m.put("takeOver", takeOver == null ? null : ExistingDatabaseJson.takeOver(takeOver));
      out.print(Json.write(m));
    } else {
      out.print(imported.describe());
      if (dryRun) {
        out.println("-- dry run: nothing was written");
      } else if (takeOver != null) {
        out.print(takeOver.describe());
      } else {
        out.println(
            "Review the files, then take over a database "
                + format.displayName()
                + " migrated with the same command plus --url (writes no file again).");
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
