package dev.cairn.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Cairn#migrate()}.
 *
 * @param initialVersion the last applied version before the run, or null for a fresh database
 * @param currentVersion the last applied version after the run, or null when still none
 * @param migrations the files executed, resumed or skipped, in order
 * @param outOfOrderSkipped files left unapplied by {@link ExecOrder#LINEAR_SKIP}
 * @param duration how long the run took, connection and lock included
 */
public record MigrateResult(
    String initialVersion,
    String currentVersion,
    List<AppliedMigration> migrations,
    List<String> outOfOrderSkipped,
    Duration duration) {

  /** Copies the lists. */
  public MigrateResult {
    migrations = List.copyOf(migrations);
    outOfOrderSkipped = List.copyOf(outOfOrderSkipped);
  }

  /**
   * The last applied version after the run.
   *
   * @return the version, empty when the database has no revision
   */
  public Optional<String> version() {
    return Optional.ofNullable(currentVersion);
  }

  /**
   * How many files were executed or resumed (skipped files not counted).
   *
   * @return the count
   */
  public int appliedCount() {
    int n = 0;
    for (AppliedMigration m : migrations) {
      if (m.outcome() != AppliedMigration.Outcome.SKIPPED) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the database was already up to date (nothing executed or recorded).
   *
   * @return true when the run changed nothing
   */
  public boolean wasUpToDate() {
    return migrations.isEmpty() && java.util.Objects.equals(initialVersion, currentVersion);
  }
}
