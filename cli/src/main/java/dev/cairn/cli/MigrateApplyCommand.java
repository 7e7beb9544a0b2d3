package dev.cairn.cli;

import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.DryRunResult;
import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.TxMode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn migrate apply}: verifies the directory and the applied history, takes the migration
 * lock and applies every pending file. Exits 0 when nothing is pending.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description =
        "Apply pending migration files to a database. Verifies atlas.sum and the applied files"
            + " first, then takes a session-level advisory lock (so many instances can start at"
            + " once), and records each file in an Atlas-compatible revision table. Exits 0 when"
            + " nothing is pending. --url embedded:postgres:N (15-18) applies to a fresh throwaway"
            + " database on the embedded PostgreSQL and drops it afterwards.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cairn migrate apply --dir file://migrations --url jdbc:postgresql://localhost/app",
      "  CAIRN_URL=jdbc:postgresql://db/app CAIRN_USER=app CAIRN_PASSWORD=… cairn migrate apply",
      "  cairn migrate apply --dry-run --url jdbc:postgresql://localhost/app",
      "  cairn migrate apply --baseline 20240101000000 --url jdbc:postgresql://localhost/legacy",
      "  cairn migrate apply --dir file://migrations --url embedded:postgres:17   (try-out: a"
          + " throwaway database on the embedded PostgreSQL, dropped afterwards)"
    })
public final class MigrateApplyCommand implements Callable<Integer> {
  @Mixin DirOption dir;

  @Mixin DatabaseOptions db;

  @Spec CommandSpec spec;

  @Option(
      names = "--baseline",
      paramLabel = "VERSION",
      description =
          "For a database with a schema but no revisions: record VERSION as applied and apply"
              + " only later files.")
  String baseline;

  @Option(
      names = "--tx-mode",
      paramLabel = "MODE",
      description =
          "file (each file in its own transaction, default), all (one transaction), none.")
  String txMode;

  @Option(
      names = "--exec-order",
      paramLabel = "ORDER",
      description =
          "For pending files ordered before the last applied one: linear (refuse, default),"
              + " linear-skip (leave them), non-linear (apply them).")
  String execOrder;

  @Option(
      names = "--allow-dirty",
      description = "Allow a database that has objects but no revisions; start at the first file.")
  boolean allowDirty;

  @Option(
      names = "--environment",
      paramLabel = "NAME",
      description =
          "Running environment: files with '-- cairn:skip-on NAME' are recorded as skipped.")
  String environment;

  @Option(
      names = "--dry-run",
      description = "Print the statements that would run; execute and record nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!db.embedded()) {
      return apply(out, db.configure(dir));
    }
    // A try-out target: the files run exactly as on a real database, then the database is gone.
    try (DevDatabase server = DevDatabases.open(db.url())) {
      CleanDatabase scratch = server.acquire();
      int code;
      try {
        out.println(
            "Applying to a throwaway database "
                + scratch.name()
                + " on the "
                + server.description()
                + "; it is dropped when the command ends.");
        code = apply(out, db.configure(dir, scratch.dataSource()));
      } finally {
        scratch.close();
      }
      out.println("Dropped the throwaway database " + scratch.name() + ".");
      return code;
    }
  }

  private int apply(PrintWriter out, Cairn.Builder builder) {
    Cairn.Builder b = builder.allowDirty(allowDirty).environment(environment);
    if (baseline != null) {
      b.baselineVersion(baseline);
    }
    if (txMode != null) {
      b.txMode(TxMode.parse(txMode));
    }
    if (execOrder != null) {
      b.execOrder(ExecOrder.parse(execOrder));
    }
    Cairn cairn = b.load();
    if (dryRun) {
      DryRunResult plan = cairn.dryRun();
      out.print(plan.describe());
      out.println(
          "-- dry run: "
              + plan.migrations().size()
              + (plan.migrations().size() == 1 ? " file" : " files")
              + " pending; nothing was executed");
      return ExitCode.OK.code();
    }
    MigrateResult r = cairn.migrate();
    if (r.migrations().isEmpty()) {
      if (r.currentVersion() != null && !r.currentVersion().equals(r.initialVersion())) {
        out.println(
            "Recorded the baseline: the database is at version "
                + r.currentVersion()
                + "; nothing else to apply.");
      } else {
        out.println(
            "Nothing to apply: the database is at version "
                + (r.currentVersion() == null ? "none" : r.currentVersion())
                + ".");
      }
    }
    int statements = 0;
    for (AppliedMigration m : r.migrations()) {
      statements += m.statements();
      out.printf(
          "%-8s %s (%d %s, %d ms)%n",
          m.outcome().name().toLowerCase(java.util.Locale.ROOT),
          m.file(),
          m.statements(),
          m.statements() == 1 ? "statement" : "statements",
          m.duration().toMillis());
    }
    for (String s : r.outOfOrderSkipped()) {
      out.println("left     " + s + " (out of order; linear-skip)");
    }
    if (!r.migrations().isEmpty()) {
      out.println(
          "Migrated from version "
              + (r.initialVersion() == null ? "none" : r.initialVersion())
              + " to "
              + r.currentVersion()
              + ": "
              + r.migrations().size()
              + (r.migrations().size() == 1 ? " file, " : " files, ")
              + statements
              + (statements == 1 ? " statement" : " statements")
              + " in "
              + r.duration().toMillis()
              + " ms.");
    }
    return ExitCode.OK.code();
  }
}
