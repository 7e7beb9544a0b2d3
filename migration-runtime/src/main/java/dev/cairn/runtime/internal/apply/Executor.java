package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationFailedException;
import dev.cairn.runtime.Revision;
import dev.cairn.runtime.TxMode;
import dev.cairn.runtime.internal.db.RevisionTable;
import dev.cairn.runtime.internal.db.ServerError;
import dev.cairn.runtime.internal.db.SessionReset;
import dev.cairn.runtime.internal.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a {@link Plan} on one connection that holds the migration lock.
 *
 * <p>Round trips per transactional file: one per statement (the driver sends {@code BEGIN} with the
 * first), and one for "reset the session, write the revision, commit", sent as one text. A
 * non-transactional file records its progress after every statement, because after a crash that
 * record is the only way to know which statements ran.
 */
public final class Executor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.runtime");

  private final Connection c;
  private final RevisionTable table;
  private final SessionReset reset;
  private final Planner.Options options;

  /**
   * Creates an executor.
   *
   * @param c the locked connection, in auto-commit mode
   * @param table the revision table
   * @param reset the session reset
   * @param options the run's options
   */
  public Executor(Connection c, RevisionTable table, SessionReset reset, Planner.Options options) {
    this.c = c;
    this.table = table;
    this.reset = reset;
    this.options = options;
  }

  /**
   * Executes the plan.
   *
   * @param plan the plan
   * @return what happened to each file
   */
  public List<AppliedMigration> run(Plan plan) {
    List<AppliedMigration> done = new ArrayList<>();
    try {
      if (options.txMode() == TxMode.ALL) {
        runAllInOneTransaction(plan, done);
      } else {
        if (plan.baseline() != null) {
          exec(table.upsertSql(plan.baseline()));
          LOG.info("Recorded baseline version {}", plan.baseline().version());
        }
        for (Plan.Step step : plan.steps()) {
          done.add(runStep(step));
        }
      }
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Database error while recording migration progress in "
              + table.qualifiedName()
              + ": "
              + e.getMessage()
              + (e.getSQLState() != null ? " (SQLSTATE " + e.getSQLState() + ")" : ""),
          e);
    }
    return done;
  }

  private void runAllInOneTransaction(Plan plan, List<AppliedMigration> done) throws SQLException {
    c.setAutoCommit(false);
    boolean ok = false;
    try {
      if (plan.baseline() != null) {
        exec(table.upsertSql(plan.baseline()));
      }
      for (Plan.Step step : plan.steps()) {
        if (step.action() == Plan.Action.SKIP) {
          done.add(recordSkip(step));
          continue;
        }
        done.add(runTransactional(step, false));
      }
      c.commit();
      ok = true;
    } finally {
      if (!ok) {
        rollbackQuietly();
      }
      c.setAutoCommit(true);
      if (!ok) {
        resetQuietly();
      }
    }
  }

  private AppliedMigration runStep(Plan.Step step) throws SQLException {
    if (step.action() == Plan.Action.SKIP) {
      return recordSkip(step);
    }
    TxMode mode = step.script().txMode() != null ? step.script().txMode() : options.txMode();
    if (mode == TxMode.NONE) {
      return runNonTransactional(step);
    }
    c.setAutoCommit(false);
    boolean ok = false;
    try {
      AppliedMigration m = runTransactional(step, true);
      ok = true;
      return m;
    } finally {
      if (!ok) {
        rollbackQuietly();
      }
      c.setAutoCommit(true);
      if (!ok) {
        resetQuietly();
      }
    }
  }

  /** Runs a file inside the current transaction; commits when {@code commit} is set. */
  private AppliedMigration runTransactional(Plan.Step step, boolean commit) throws SQLException {
    Script f = step.script();
    List<Script.Stmt> stmts = f.statements();
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    try (Statement s = c.createStatement()) {
      for (int i = step.firstStatement(); i < stmts.size(); i++) {
        Script.Stmt st = stmts.get(i);
        try {
          s.execute(st.text());
        } catch (SQLException e) {
          throw failed(step, i, e, true, commit);
        }
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    Revision r = completed(step, startedAt, took);
    // Reset, revision and commit share one round trip. pgjdbc follows the server's transaction
    // state, so the explicit COMMIT leaves nothing for commit() to send.
    exec(reset.sql() + "; " + table.upsertSql(r) + (commit ? "; COMMIT" : ""));
    if (commit) {
      c.commit();
    }
    return logged(step, stmts.size() - step.firstStatement(), took);
  }

  private AppliedMigration runNonTransactional(Plan.Step step) throws SQLException {
    Script f = step.script();
    List<Script.Stmt> stmts = f.statements();
    List<String> hashes = f.partialHashes();
    Instant startedAt = step.existing() != null ? step.existing().executedAt() : Instant.now();
    long t0 = System.nanoTime();
    if (stmts.isEmpty() || step.firstStatement() >= stmts.size()) {
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      exec(reset.sql() + "; " + table.upsertSql(completed(step, startedAt, took)));
      return logged(step, 0, took);
    }
    try (Statement s = c.createStatement()) {
      for (int i = step.firstStatement(); i < stmts.size(); i++) {
        Script.Stmt st = stmts.get(i);
        try {
          s.execute(st.text());
        } catch (SQLException e) {
          ServerError err = ServerError.of(e);
          Revision partial =
              revision(
                  step,
                  Revision.TYPE_EXECUTE,
                  i,
                  startedAt,
                  Duration.ofNanos(System.nanoTime() - t0),
                  err.describe(),
                  st.text(),
                  hashes.subList(0, i));
          SQLException recordError = null;
          try {
            exec(reset.sql() + "; " + table.upsertSql(partial));
          } catch (SQLException x) {
            recordError = x;
          }
          MigrationFailedException failure = failed(step, i, e, false, recordError == null);
          if (recordError != null) {
            failure.addSuppressed(recordError);
          }
          throw failure;
        }
        boolean last = i == stmts.size() - 1;
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (last) {
          exec(reset.sql() + "; " + table.upsertSql(completed(step, startedAt, took)));
        } else {
          exec(
              table.upsertSql(
                  revision(
                      step,
                      Revision.TYPE_EXECUTE,
                      i + 1,
                      startedAt,
                      took,
                      null,
                      null,
                      hashes.subList(0, i + 1))));
        }
      }
    }
    return logged(
        step, stmts.size() - step.firstStatement(), Duration.ofNanos(System.nanoTime() - t0));
  }

  private AppliedMigration recordSkip(Plan.Step step) throws SQLException {
    Script f = step.script();
    Revision r =
        new Revision(
            f.version(),
            f.description(),
            Revision.TYPE_RESOLVED,
            0,
            0,
            Instant.now(),
            Duration.ZERO,
            null,
            null,
            f.hash(),
            List.of(),
            options.operatorVersion() + Revision.SKIP_MARKER + options.environment());
    exec(table.upsertSql(r));
    LOG.info(
        "Skipped {} (cairn:skip-on matches environment '{}'); recorded as applied",
        f.name(),
        options.environment());
    return new AppliedMigration(
        f.version(), f.description(), f.name(), AppliedMigration.Outcome.SKIPPED, 0, Duration.ZERO);
  }

  private Revision completed(Plan.Step step, Instant startedAt, Duration took) {
    Script f = step.script();
    return revision(
        step,
        Revision.TYPE_EXECUTE,
        f.statements().size(),
        startedAt,
        took,
        null,
        null,
        f.partialHashes());
  }

  private Revision revision(
      Plan.Step step,
      int type,
      int applied,
      Instant startedAt,
      Duration took,
      String error,
      String errorStatement,
      List<String> partialHashes) {
    Script f = step.script();
    return new Revision(
        f.version(),
        f.description(),
        type,
        applied,
        f.statements().size(),
        startedAt,
        took,
        error,
        errorStatement,
        f.hash(),
        partialHashes,
        options.operatorVersion());
  }

  private AppliedMigration logged(Plan.Step step, int statements, Duration took) {
    Script f = step.script();
    boolean resumed = step.action() == Plan.Action.RESUME;
    if (resumed) {
      LOG.info(
          "Resumed {} at statement {}: {} statements in {} ms",
          f.name(),
          step.firstStatement() + 1,
          statements,
          took.toMillis());
    } else {
      LOG.info(
          "Applied {} ({} {}) in {} ms",
          f.name(),
          statements,
          statements == 1 ? "statement" : "statements",
          took.toMillis());
    }
    return new AppliedMigration(
        f.version(),
        f.description(),
        f.name(),
        resumed ? AppliedMigration.Outcome.RESUMED : AppliedMigration.Outcome.APPLIED,
        statements,
        took);
  }

  /**
   * Builds the failure. For a transactional file, {@code flag} says whether the transaction was the
   * file's own (else the run's, tx-mode all); for a non-transactional one, whether the progress was
   * recorded.
   */
  private MigrationFailedException failed(
      Plan.Step step, int index, SQLException e, boolean transactional, boolean flag) {
    boolean perFile = flag;
    boolean recorded = flag;
    Script f = step.script();
    Script.Stmt st = f.statements().get(index);
    ServerError err = ServerError.of(e);
    int total = f.statements().size();
    StringBuilder sb = new StringBuilder();
    sb.append("Migration ")
        .append(f.name())
        .append(" failed at ")
        .append(f.name())
        .append(':')
        .append(st.line());
    int[] lc = lineColumn(st.text(), err.position());
    if (lc != null) {
      sb.append(" (error at line ")
          .append(st.line() + lc[0])
          .append(", column ")
          .append(lc[1])
          .append(')');
    }
    sb.append(", statement ").append(index + 1).append(" of ").append(total).append(":\n");
    sb.append(excerpt(st.text())).append('\n');
    sb.append("ERROR: ").append(err.message() == null ? e.getMessage() : err.message());
    if (err.sqlState() != null) {
      sb.append(" (SQLSTATE ").append(err.sqlState()).append(')');
    }
    if (err.detail() != null) {
      sb.append("\nDetail: ").append(err.detail());
    }
    if (err.hint() != null) {
      sb.append("\nHint: ").append(err.hint());
    }
    if (err.where() != null) {
      sb.append("\nWhere: ").append(err.where());
    }
    sb.append('\n');
    if (transactional) {
      if (perFile) {
        sb.append(
            "The file ran in a transaction that was rolled back: none of its statements and no"
                + " revision were recorded, and files before it stay applied.");
      } else {
        sb.append(
            "All files of this run ran in one transaction (tx-mode all), which was rolled back:"
                + " nothing of this run was applied.");
      }
      sb.append(" Fix the statement, re-hash atlas.sum and run again.");
    } else if (!recorded) {
      sb.append("The file runs without a transaction (atlas:txmode none / tx-mode none): ")
          .append(index == 0 ? "no statement" : "statements 1 to " + index)
          .append(
              " of it stay applied, but Cairn could not record that in the revision table (the"
                  + " connection failed?). Check the database by hand before running again: the"
                  + " next run starts the file at the last recorded statement.");
    } else {
      sb.append("The file runs without a transaction (atlas:txmode none / tx-mode none): ")
          .append(index == 0 ? "no statement" : "statements 1 to " + index)
          .append(" of it stay applied and are recorded in the revision table. Fix statement ")
          .append(index + 1)
          .append(
              " (leave the applied ones unchanged), re-hash atlas.sum and run again to resume"
                  + " there; or repair the database by hand and mark the version applied with set.");
    }
    return new MigrationFailedException(
        f.name(),
        st.line(),
        st.text(),
        err.sqlState(),
        err.message(),
        err.detail(),
        err.hint(),
        transactional ? 0 : index,
        total,
        transactional,
        sb.toString(),
        e);
  }

  /** Line offset (0-based) and column (1-based) of a 1-based character position. */
  static int[] lineColumn(String text, int position) {
    if (position <= 0 || position > text.length() + 1) {
      return null;
    }
    int line = 0;
    int col = 1;
    for (int i = 0; i < position - 1 && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private static String excerpt(String text) {
    String[] lines = text.strip().split("\n", -1);
    StringBuilder sb = new StringBuilder();
    int n = Math.min(lines.length, 6);
    for (int i = 0; i < n; i++) {
      String l = lines[i].stripTrailing();
      sb.append("    ").append(l.length() > 200 ? l.substring(0, 199) + "…" : l);
      if (i < n - 1) {
        sb.append('\n');
      }
    }
    if (lines.length > n) {
      sb.append("\n    … (").append(lines.length - n).append(" more lines)");
    }
    return sb.toString();
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private void rollbackQuietly() {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("Rollback failed", e);
    }
  }

  private void resetQuietly() {
    try {
      exec(reset.sql());
    } catch (SQLException e) {
      LOG.debug("Session reset after a failure failed", e);
    }
  }

  /**
   * Shortens a statement for logs.
   *
   * @param text the statement
   * @return one line of at most 120 characters
   */
  static String brief(String text) {
    return Sql.abbreviate(text, 120);
  }
}
