package dev.cairn.maven;

import dev.cairn.maven.internal.Durations;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.DryRunResult;
import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.TxMode;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn cairn:apply}: applies the pending migration files to the database, like {@code cairn
 * migrate apply}: verifies {@code atlas.sum} and the applied history first, takes the migration
 * lock (the one the Atlas CLI uses), and records every file in the Atlas-compatible revision table.
 * Succeeds without doing anything when nothing is pending.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends AbstractConnectingMojo {
  /** Prints what would run, executes and records nothing, takes no lock. */
  @Parameter(property = "cairn.dryRun", defaultValue = "false")
  boolean dryRun;

  /**
   * For a database that has a schema but no revisions yet: record this version as applied and apply
   * only later files.
   */
  @Parameter(property = "cairn.baseline")
  String baseline;

  /**
   * Transaction mode: {@code file} (each file in its own transaction), {@code all} or {@code none}.
   */
  @Parameter(property = "cairn.txMode", defaultValue = "file")
  String txMode;

  /** How long to wait for another migrator's lock. */
  @Parameter(property = "cairn.lockTimeout", defaultValue = "10m")
  String lockTimeout;

  /**
   * Files ordered before the last applied one: {@code linear} (refuse), {@code linear-skip} or
   * {@code non-linear}.
   */
  @Parameter(property = "cairn.execOrder", defaultValue = "linear")
  String execOrder;

  /**
   * The running environment: files whose {@code cairn:skip-on} names it are recorded as skipped.
   */
  @Parameter(property = "cairn.environment")
  String environment;

  /** The schema of the revision table (default: Atlas's {@code atlas_schema_revisions}). */
  @Parameter(property = "cairn.revisionsSchema")
  String revisionsSchema;

  /** Allows starting from the first file on a database that has objects but no revisions. */
  @Parameter(property = "cairn.allowDirty", defaultValue = "false")
  boolean allowDirty;

  /** Creates the goal (Maven instantiates it). */
  public ApplyMojo() {}

  @Override
  protected void run() {
    Cairn.Builder b =
        cairn()
            .txMode(TxMode.parse(txMode))
            .execOrder(ExecOrder.parse(execOrder))
            .lockTimeout(Durations.parse("lockTimeout", lockTimeout))
            .allowDirty(allowDirty)
            .environment(environment);
    if (baseline != null && !baseline.isBlank()) {
      b.baselineVersion(baseline.trim());
    }
    if (revisionsSchema != null && !revisionsSchema.isBlank()) {
      b.revisionsSchema(revisionsSchema.trim());
    }
    Cairn cairn = b.load();
    if (dryRun) {
      DryRunResult plan = cairn.dryRun();
      info(plan.describe());
      return;
    }
    MigrateResult result = cairn.migrate();
    if (result.wasUpToDate()) {
      getLog()
          .info(
              "Nothing to apply: the database is at version "
                  + result.version().orElse("none")
                  + " and no file is pending");
      return;
    }
    for (AppliedMigration m : result.migrations()) {
      getLog()
          .info(
              String.format(
                  "%-8s %s (%d statements, %d ms)",
                  m.outcome().name().toLowerCase(java.util.Locale.ROOT),
                  m.file(),
                  m.statements(),
                  m.duration().toMillis()));
    }
    getLog()
        .info(
            "Applied "
                + result.appliedCount()
                + (result.appliedCount() == 1 ? " file" : " files")
                + "; the database is at version "
                + result.version().orElse("none")
                + " ("
                + result.duration().toMillis()
                + " ms)");
  }
}
