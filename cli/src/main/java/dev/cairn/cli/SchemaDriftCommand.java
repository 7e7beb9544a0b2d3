package dev.cairn.cli;

import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.diff.drift.DriftReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn schema drift}: compares a live database with the state its applied migration files
 * describe and prints every differing object and the SQL both ways. Exits 1 on drift.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Check a database for drift: replay the files its revision table records as applied"
          + " (exactly those, baseline included) on a clean dev database, inspect both, and name"
          + " every object that differs, with the SQL that brings the database back to its"
          + " migrations and the SQL that would turn the migrations' state into the database's.",
      "Reads the database only. Other tools' history tables (flyway_schema_history,"
          + " databasechangelog, …) are not compared. Exits 0 without drift, 1 with drift, 3 when"
          + " a database cannot be reached."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn schema drift --dir file://migrations --url jdbc:postgresql://localhost/app",
      "  cairn schema drift --dir file://migrations --url postgres://app:secret@db:5432/app"
          + " --format json",
      "  cairn schema drift --env prod --exclude-table audit_log"
    })
public final class SchemaDriftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Mixin OutputOptions output;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description =
          "Dev database the applied files are replayed on: embedded:postgres:N, docker://postgres/N"
              + " or a JDBC URL of a server where Cairn may create scratch databases. Use"
              + " production's major version. Default: ${DEFAULT-VALUE}")
  String devUrl;

  @Mixin SchemaFilterOptions filter;

  @Option(
      names = "--include-history-tables",
      description =
          "Also compare other tools' history tables (flyway_schema_history, databasechangelog,"
              + " databasechangeloglock, schema_migrations, goose_db_version).")
  boolean includeHistoryTables;

  @Override
  public Integer call() {
    DriftReport report =
        db.configure(DriftDetector.configure(), dir)
            .devUrl(devUrl)
            .inspect(filter.inspectOptions())
            .includeForeignHistoryTables(includeHistoryTables)
            .load()
            .detect();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("drift", report.hasDrift());
      m.put("database", report.database());
      m.put("directory", report.directory());
      m.put("currentVersion", report.currentVersion());
      m.put("replayed", report.replayed());
      m.put("differences", ExistingDatabaseJson.differences(report.differences()));
      m.put("toMigrationsSql", report.toMigrationsSql());
      m.put("toDatabaseSql", report.toDatabaseSql());
      m.put("warnings", report.warnings());
      out.print(Json.write(m));
    } else {
      out.print(report.describe());
    }
    out.flush();
    return report.hasDrift() ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
  }
}
