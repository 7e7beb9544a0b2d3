package dev.cairn.cli.schema;

import dev.cairn.cli.ExitCode;
import dev.cairn.cli.RenameOptions;
import dev.cairn.cli.SchemaSources;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.Planner;
import dev.cairn.diff.RenameHints;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.model.Database;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cairn schema diff}: prints the SQL turning one schema state into another. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Print the SQL that turns one schema state (--from) into another (--to), in execution order,"
          + " or the list of changes (--format changes).",
      "Files and entity models are executed on a clean dev database first; databases are read"
          + " directly (read-only). Nothing is written anywhere."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn schema diff --from postgres://app@prod/app --to file://schema.sql",
      "  cairn schema diff --from file://migrations --to entities:com.example --classpath cp.txt",
      "  cairn schema diff --from file://old.sql --to file://new.sql --format changes"
    })
public final class SchemaDiffCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    SQL,
    CHANGES
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SOURCE",
      description =
          "Current state (repeatable): database URL, file://FILE.sql, file://DIR (SQL files or a"
              + " migration directory), or entities:PKG[,PKG].")
  List<String> from = new ArrayList<>();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SOURCE",
      description = "Desired state (repeatable), same forms as --from.")
  List<String> to = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "PATH",
      description = "The application's class path, for entities: sources.")
  String classpath;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description =
          "Dev database: embedded:postgres:N, docker://postgres/N or a JDBC URL. Default:"
              + " ${DEFAULT-VALUE}")
  String devUrl;

  @Mixin RenameOptions rename;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "sql",
      description = "sql (the planned statements) or changes (one line per change).")
  Format format;

  @Option(
      names = "--online-safe",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Use lock-friendly statement variants (default on).")
  boolean onlineSafe;

  @Option(
      names = {"-s", "--schema"},
      split = ",",
      paramLabel = "NAME",
      description = "Only compare these schemas.")
  List<String> schemas = new ArrayList<>();

  @Override
  public Integer call() {
    RenameHints hints = rename.hints(spec);
    LoadOptions options =
        LoadOptions.defaults().withInspect(InspectOptions.defaults().withSchemas(schemas));
    Database current;
    Database desired;
    int version;
    try (DevDatabase dev = DevDatabases.open(devUrl)) {
      version = dev.majorVersion();
      current = SchemaSources.load(from, classpath, version, dev, options);
      desired = SchemaSources.load(to, classpath, version, dev, options);
    }
    DiffResult diff =
        SchemaDiffer.diff(current, desired, DiffOptions.defaults().withRenames(hints));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (DiffWarning w : diff.warnings()) {
      err.println("warning: " + w);
    }
    err.flush();
    if (diff.isEmpty()) {
      out.println("Schemas are in sync: no changes.");
      out.flush();
      return ExitCode.OK.code();
    }
    if (format == Format.CHANGES) {
      for (SchemaChange c : diff.changes()) {
        out.println(c.describe());
      }
    } else {
      Plan plan =
          Planner.plan(diff.changes(), current, desired, new PlanOptions(onlineSafe, version));
      for (String note : plan.notes()) {
        out.println("-- " + note);
      }
      out.print(plan.toSql());
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
