package dev.cairn.cli;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.drift.Reconciler;
import dev.cairn.diff.drift.ReconciliationReport;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn schema reconcile}: the reconciliation report for a database built by Hibernate's
 * {@code update} — every difference between the entities and the database, classified, with the SQL
 * that reconciles it.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Write the reconciliation report for a database that Hibernate's ddl-auto=update built: the"
          + " entities (or any desired state given with --to) against the live database, every"
          + " difference classified (missing/extra table, column, index, constraint; type,"
          + " nullability, default and constraint mismatches) with the SQL that reconciles it.",
      "Reads the database only. Exits 0 when the report is written, whatever it says; use 'schema"
          + " drift' or 'migrate diff --check' as a gate."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn schema reconcile --url jdbc:postgresql://localhost/app --to entities:com.example.model"
          + " --classpath target/classes:target/lib/*",
      "  cairn schema reconcile --url jdbc:postgresql://localhost/app --to entities:com.example"
          + " --to file://src/main/resources/db/extra.sql --classpath … --format markdown"
          + " --output reconcile.md"
    })
public final class SchemaReconcileCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions db;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SOURCE",
      description =
          "The expected schema (repeatable; executed in order on one dev database):"
              + " entities:PKG[,PKG] (needs --classpath), file://FILE.sql, file://DIR, or a"
              + " database URL (alone).")
  List<String> to = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "PATH",
      description =
          "The application's class path for entities: sources (entity classes, hibernate-core and"
              + " its dependencies), separated by '${sys:path.separator}'; DIR/* adds a"
              + " directory's jars.")
  String classpath;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description = "Dev database the expected schema is executed on. Default: ${DEFAULT-VALUE}")
  String devUrl;

  @Option(
      names = "--target-version",
      paramLabel = "MAJOR",
      description =
          "PostgreSQL major version the entity DDL is generated for. Default: the dev database's.")
  Integer targetVersion;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or markdown. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path outputFile;

  @Mixin SchemaFilterOptions filter;

  @Override
  public Integer call() {
    ReconciliationReport report;
    try (DevDatabase dev = DevDatabases.open(devUrl)) {
      int version = targetVersion != null ? targetVersion : dev.majorVersion();
      SchemaSource expected =
          to.size() == 1 && SchemaSources.isDatabase(to.get(0))
              ? SchemaSource.parse(to.get(0))
              : SchemaSources.source(to, classpath, version);
      report =
          Reconciler.configure()
              .expected(expected, SchemaSources.describe(to))
              .url(db.jdbcUrl(), db.user().orElse(null), db.password().orElse(null))
              .devDatabase(dev)
              .inspect(filter.inspectOptions())
              .load()
              .reconcile();
    }
    String text =
        switch (format) {
          case TEXT -> report.describe();
          case MARKDOWN -> report.toMarkdown();
          case JSON -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reconciled", report.reconciled());
            m.put("expected", report.expected());
            m.put("database", report.database());
            Map<String, Integer> counts = new LinkedHashMap<>();
            report.counts().forEach((k, v) -> counts.put(k.name(), v));
            m.put("counts", counts);
            m.put("differences", ExistingDatabaseJson.differences(report.differences()));
            m.put("sql", report.sql());
            m.put("warnings", report.warnings());
            yield Json.write(m);
          }
        };
    PrintWriter out = spec.commandLine().getOut();
    if (outputFile != null) {
      try {
        Files.writeString(outputFile, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CairnException(
            ErrorCode.DIRECTORY_UNREADABLE,
            "Cannot write " + outputFile + ": " + e.getMessage(),
            e);
      }
      out.println(
          "Wrote the reconciliation report ("
              + report.differences().size()
              + (report.differences().size() == 1 ? " difference" : " differences")
              + ") to "
              + outputFile);
    } else {
      out.print(text);
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
