package dev.cairn.cli;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.MigrationWriter;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.Planner;
import dev.cairn.diff.RenameHints;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.States;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate diff NAME}: writes the next migration, the SQL that turns the state the
 * directory's files produce into the desired state.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Write the next migration: the statements turning the state the migration directory produces"
          + " into the desired state (--to), as <version>_NAME.sql plus a _concurrently.sql file"
          + " for statements that must run outside a transaction, and update atlas.sum.",
      "Both states are executed on a clean dev database and read back from the catalog. With"
          + " --check nothing is written and the exit code is 1 when the directory is behind the"
          + " desired state (the CI drift gate)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate diff add_orders --dir file://migrations --to file://schema.sql",
      "  cairn migrate diff init --to entities:com.example.shop --classpath target/classes:lib/*",
      "  cairn migrate diff v2 --to entities:com.example --to file://views.sql"
          + " --rename public.customer=customers --rename public.orders.total=amount",
      "  cairn migrate diff ci --to file://schema.sql --check"
    })
public final class MigrateDiffCommand implements Callable<Integer> {
  @ParentCommand MigrateCommand parent;

  @Spec CommandSpec spec;

  @Mixin DirOption dir;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "Name of the migration (letters, digits, _ . -); part of the file name.")
  String name;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SOURCE",
      description = {
        "Desired state (repeatable; executed in order on one dev database): file://FILE.sql,"
            + " file://DIR (SQL files, or a migration directory with atlas.sum),"
            + " entities:PKG[,PKG] (needs --classpath), or a database URL (alone)."
      })
  List<String> to = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "PATH",
      description =
          "The application's class path for entities: sources (entity classes, hibernate-core"
              + " and its dependencies), separated by '${sys:path.separator}'; DIR/* adds a"
              + " directory's jars.")
  String classpath;

  @Option(
      names = "--dev-url",
      paramLabel = "URL",
      defaultValue = DevDatabases.DEFAULT_URL,
      description =
          "Dev database: embedded:postgres:N, docker://postgres/N or a JDBC URL of a server where"
              + " Cairn may create scratch databases. Default: ${DEFAULT-VALUE}")
  String devUrl;

  @Option(
      names = "--rename",
      paramLabel = "HINT",
      description = {
        "Declare a rename instead of a drop and an add (repeatable):"
            + " SCHEMA.OLD_TABLE=NEW_TABLE or SCHEMA.TABLE.OLD_COLUMN=NEW_COLUMN"
            + " (or SCHEMA.ENUM.OLD_LABEL=NEW_LABEL)."
      })
  List<String> renames = new ArrayList<>();

  @Option(
      names = "--check",
      description = "Write nothing; exit with 1 when the directory is behind the desired state.")
  boolean check;

  @Option(
      names = "--down",
      description =
          "Also write the reverse migration to down/<main file name> (not applied by Atlas or"
              + " Cairn, not part of atlas.sum).")
  boolean down;

  @Option(
      names = "--online-safe",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Use lock-friendly statements (CREATE INDEX CONCURRENTLY, NOT VALID + VALIDATE, …)"
              + " where the result is identical. Default: on; --no-online-safe for plain ones.")
  boolean onlineSafe;

  @Option(
      names = "--target-version",
      paramLabel = "MAJOR",
      description =
          "PostgreSQL major version the migration will run on (it picks statement forms and the"
              + " entity DDL dialect). Default: the dev database's.")
  Integer targetVersion;

  @Option(
      names = {"-s", "--schema"},
      split = ",",
      paramLabel = "NAME",
      description = "Only compare these schemas (repeatable or comma-separated).")
  List<String> schemas = new ArrayList<>();

  @Override
  public Integer call() {
    RenameHints hints = RenameHints.none();
    for (String r : renames) {
      try {
        hints = hints.parse(r);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean missing = !dir.value().startsWith("classpath:") && !Files.exists(dir.path());
    MigrationDirectory directory = null;
    if (!missing) {
      directory = dir.load();
      // A directory whose files no longer match atlas.sum was edited by hand: stop before
      // replaying it.
      AtlasSum.verify(directory);
    }
    LoadOptions options =
        LoadOptions.defaults().withInspect(InspectOptions.defaults().withSchemas(schemas));
    Database current;
    Database desired;
    int version;
    try (DevDatabase dev = DevDatabases.open(devUrl)) {
      version = targetVersion != null ? targetVersion : dev.majorVersion();
      MigrationDirectory replayed = directory;
      States states =
          States.load(
              dev,
              () ->
                  missing
                      ? SchemaSource.sql("empty migration directory", "").load(dev, options)
                      : SchemaSource.migrationDirectory(replayed).load(dev, options),
              () -> SchemaSources.load(to, classpath, version, dev, options));
      current = states.current();
      desired = states.desired();
    }
    DiffOptions diffOptions = DiffOptions.defaults().withRenames(hints);
    DiffResult diff = SchemaDiffer.diff(current, desired, diffOptions);
    printWarnings(err, diff.warnings());
    if (diff.isEmpty()) {
      out.println(
          "No changes: "
              + dir.value()
              + " is in sync with "
              + SchemaSources.describe(to)
              + ". Nothing written.");
      return ExitCode.OK.code();
    }
    PlanOptions planOptions = new PlanOptions(onlineSafe, Math.max(12, version));
    Plan plan = Planner.plan(diff.changes(), current, desired, planOptions);
    if (check) {
      out.println(
          dir.value()
              + " is behind "
              + SchemaSources.describe(to)
              + ": "
              + diff.changes().size()
              + " change"
              + (diff.changes().size() == 1 ? "" : "s")
              + " missing. Run 'cairn migrate diff NAME' to write them.");
      for (SchemaChange c : diff.changes()) {
        out.println("  " + c.describe());
      }
      return ExitCode.CHECK_FAILED.code();
    }
    Plan reverse = null;
    if (down) {
      DiffResult back =
          SchemaDiffer.diff(desired, current, diffOptions.withRenames(hints.reversed()));
      reverse = Planner.plan(back.changes(), desired, current, planOptions.onlineSafe(false));
    }
    MigrationWriter.WrittenMigration written =
        MigrationWriter.write(dir.path(), name, plan, reverse, parent.parent().clock());
    out.print(written.summary());
    out.flush();
    return ExitCode.OK.code();
  }

  static void printWarnings(PrintWriter err, List<DiffWarning> warnings) {
    for (DiffWarning w : warnings) {
      err.println("warning: " + w);
    }
    err.flush();
  }
}
