package dev.cairn.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The state of a database compared to the migration directory, from {@link Cairn#status()}.
 *
 * @param state the summary
 * @param currentVersion the last applied version, or null when no revision exists
 * @param revisionTable the schema-qualified revision table
 * @param applied the revisions, sorted by version
 * @param pending what a migration run would do, in order
 * @param outOfOrderSkipped files left unapplied by {@link ExecOrder#LINEAR_SKIP}
 * @param failed the partially applied file's revision (with its error), or null
 */
public record MigrationStatus(
    State state,
    String currentVersion,
    String revisionTable,
    List<Revision> applied,
    List<PendingMigration> pending,
    List<String> outOfOrderSkipped,
    Revision failed) {

  /** Copies the lists. */
  public MigrationStatus {
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
    outOfOrderSkipped = List.copyOf(outOfOrderSkipped);
  }

  /** The state in one word. */
  public enum State {
    /** Every file is applied. */
    UP_TO_DATE,
    /** Files are waiting to be applied. */
    PENDING,
    /** A file stopped part way with an error; the next run resumes it once it is fixed. */
    FAILED
  }

  /**
   * The last applied version.
   *
   * @return the version, empty when no revision exists
   */
  public Optional<String> version() {
    return Optional.ofNullable(currentVersion);
  }

  /**
   * The partially applied file's revision.
   *
   * @return the revision, when a file stopped part way
   */
  public Optional<Revision> failedRevision() {
    return Optional.ofNullable(failed);
  }

  /**
   * A human-readable report, as the CLI prints it.
   *
   * @return several lines of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("Migration status: ").append(state).append('\n');
    sb.append("  Current version: ")
        .append(currentVersion == null ? "none (no migration applied yet)" : currentVersion)
        .append('\n');
    sb.append("  Applied:         ").append(applied.size()).append('\n');
    sb.append("  Pending:         ").append(pending.size()).append('\n');
    sb.append("  Revision table:  ").append(revisionTable).append('\n');
    for (PendingMigration p : pending) {
      sb.append("    ").append(p.file());
      if (p.appliedStatements() > 0) {
        sb.append(" (")
            .append(p.appliedStatements())
            .append(" of ")
            .append(p.statements())
            .append(" statements applied)");
      }
      if (p.outOfOrder()) {
        sb.append(" (out of order)");
      }
      if (p.skippedByEnvironment()) {
        sb.append(" (skipped by cairn:skip-on)");
      }
      sb.append('\n');
    }
    for (String s : outOfOrderSkipped) {
      sb.append("    ").append(s).append(" (out of order, left unapplied by linear-skip)\n");
    }
    if (failed != null) {
      sb.append("  Failed: version ")
          .append(failed.version())
          .append(" stopped after ")
          .append(failed.applied())
          .append(" of ")
          .append(failed.total())
          .append(" statements\n");
      if (failed.errorStatement() != null) {
        sb.append("    Statement: ")
            .append(failed.errorStatement().strip().replaceAll("\\s+", " "))
            .append('\n');
      }
      failed
          .errorMessage()
          .ifPresent(
              e -> sb.append("    Error: ").append(e.replace("\n", "\n           ")).append('\n'));
    }
    return sb.toString();
  }
}
