package dev.cairn.runtime;

import java.util.List;

/**
 * What {@link Cairn#migrate()} would do, from {@link Cairn#dryRun()}. Nothing was executed or
 * recorded.
 *
 * @param currentVersion the last applied version, or null
 * @param baselineVersion the baseline a real run would record first, or null
 * @param migrations the files a real run would execute, resume or skip, in order
 * @param outOfOrderSkipped files a real run would leave unapplied ({@link ExecOrder#LINEAR_SKIP})
 */
public record DryRunResult(
    String currentVersion,
    String baselineVersion,
    List<PlannedMigration> migrations,
    List<String> outOfOrderSkipped) {

  /** Copies the lists. */
  public DryRunResult {
    migrations = List.copyOf(migrations);
    outOfOrderSkipped = List.copyOf(outOfOrderSkipped);
  }

  /**
   * The run as an SQL script with a comment per file, for review.
   *
   * @return the script
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (migrations.isEmpty() && baselineVersion == null) {
      sb.append("-- Nothing to do: the database is at version ")
          .append(currentVersion == null ? "none" : currentVersion)
          .append(" and no file is pending.\n");
    }
    if (baselineVersion != null) {
      sb.append("-- Record baseline version ").append(baselineVersion).append('\n');
    }
    for (PlannedMigration m : migrations) {
      sb.append("-- ").append(m.file());
      switch (m.action()) {
        case SKIP:
          sb.append(": skipped by cairn:skip-on, recorded as applied\n");
          continue;
        case RESUME:
          sb.append(": resume at statement ").append(m.firstStatement());
          break;
        default:
          break;
      }
      sb.append(m.transactional() ? " (in a transaction)" : " (no transaction)").append('\n');
      for (String s : m.statements()) {
        sb.append(s);
        if (!s.stripTrailing().endsWith(";")) {
          sb.append(';');
        }
        sb.append('\n');
      }
    }
    for (String s : outOfOrderSkipped) {
      sb.append("-- ").append(s).append(": out of order, left unapplied (linear-skip)\n");
    }
    return sb.toString();
  }
}
