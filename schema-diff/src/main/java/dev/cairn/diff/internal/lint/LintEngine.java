package dev.cairn.diff.internal.lint;

import dev.cairn.diff.internal.lint.catalog.CatalogProbe;
import dev.cairn.diff.internal.lint.catalog.LockMode;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.ColumnKey;
import dev.cairn.diff.lint.LintRule;
import dev.cairn.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Replays migration files on a dev database the way the runtime applies them (one transaction per
 * file unless {@code atlas:txmode none}; the file's own BEGIN/COMMIT honoured) and, for the files
 * being judged, observes every statement: catalog before and after, locks taken, relations
 * rewritten, tables scanned. Analyzers then judge each statement against the schema it actually ran
 * on.
 */
public final class LintEngine {
  private static final String SAVEPOINT = "cairn_lint_statement";
  private static final String NOT_IN_TRANSACTION_BLOCK = "25001";

  private final Connection connection;
  private final BaseConnection pg;
  private final CatalogProbe probe;
  private final List<Analyzer> analyzers;
  private final Findings findings;
  private final boolean countsTracked;

  /**
   * Creates an engine.
   *
   * @param connection a connection to an empty dev database, in auto-commit mode
   * @param analyzers the analyzers to run
   * @param findings where analyzers report
   * @throws SQLException if the connection cannot be prepared
   */
  public LintEngine(Connection connection, List<Analyzer> analyzers, Findings findings)
      throws SQLException {
    this.connection = connection;
    this.pg = connection.unwrap(BaseConnection.class);
    // Server-side prepared statements would not survive a migration's DISCARD/DEALLOCATE.
    pg.setPrepareThreshold(0);
    connection.setAutoCommit(true);
    this.probe = new CatalogProbe(connection);
    this.analyzers = List.copyOf(analyzers);
    this.findings = findings;
    this.countsTracked = probe.tracksCounts();
  }

  /**
   * What a run did.
   *
   * @param linted the judged files that were fully linted
   * @param skipped judged files not linted because a statement failed earlier
   * @param failure the failure, or null
   */
  public record Result(List<String> linted, List<String> skipped, ReplayFailure failure) {}

  /**
   * Replays the files in order and judges the selected ones.
   *
   * @param files every file of the directory, in order
   * @param judged names of the files to judge
   * @param eachFileOnItsOwn true to judge each file against the schema right before it (objects of
   *     earlier judged files count as existing); false to treat the judged files as one deploy
   *     (objects created by any of them are new)
   * @return what was linted
   * @throws SQLException if the dev database fails outside a migration statement
   */
  public Result run(List<LintFile> files, Set<String> judged, boolean eachFileOnItsOwn)
      throws SQLException {
    List<String> linted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Pending pending = new Pending();
    ReplayFailure failure = null;
    for (LintFile file : files) {
      boolean judge = judged.contains(file.name());
      if (failure != null) {
        if (judge) {
          skipped.add(file.name());
        }
        continue;
      }
      if (judge && eachFileOnItsOwn) {
        pending = new Pending();
      }
      failure = judge ? judgeFile(file, pending) : replayFile(file);
      if (failure != null) {
        findings.reportAt(
            LintRule.EX101,
            failure.file(),
            failure.line(),
            failure.statement(),
            failure.comments(),
            "The statement fails on a clean dev database replaying the directory: "
                + failure.describe()
                + ". It fails at deploy time too; fix it before anything else"
                + (judge ? "." : " (this file was not selected for linting but must replay)."));
        if (judge) {
          linted.add(file.name());
        }
      } else if (judge) {
        linted.add(file.name());
      }
    }
    return new Result(linted, skipped, failure);
  }

  private ReplayFailure replayFile(LintFile file) throws SQLException {
    if (file.transactional()) {
      exec("BEGIN");
    }
    for (SqlStatement s : file.statements()) {
      StatementInfo info = StatementClassifier.classify(s.significantTokens());
      try {
        if (!info.isTransactionControl() && inTransaction()) {
          exec("SAVEPOINT " + SAVEPOINT);
          try {
            runMigrationStatement(s.text());
            exec("RELEASE SAVEPOINT " + SAVEPOINT);
          } catch (SQLException e) {
            if (!NOT_IN_TRANSACTION_BLOCK.equals(e.getSQLState())) {
              throw e;
            }
            exec("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            exec("COMMIT");
            runMigrationStatement(s.text());
            exec("BEGIN");
          }
        } else {
          runMigrationStatement(s.text());
        }
      } catch (SQLException e) {
        abort();
        return new ReplayFailure(
            file, s.line(), StatementContext.abbreviate(s.text()), s.comments(), e);
      }
    }
    endFile();
    return null;
  }

  private ReplayFailure judgeFile(LintFile file, Pending pending) throws SQLException {
    Snapshot current = probe.snapshot();
    Snapshot baseline = pending.removeFrom(current);
    List<StatementContext> contexts = new ArrayList<>();
    if (file.transactional()) {
      exec("BEGIN");
    }
    for (int i = 0; i < file.statements().size(); i++) {
      SqlStatement s = file.statements().get(i);
      StatementInfo info = StatementClassifier.classify(s.significantTokens());
      List<String> notices = new ArrayList<>();
      if (info.isTransactionControl()) {
        try {
          notices.addAll(runMigrationStatement(s.text()));
        } catch (SQLException e) {
          abort();
          return new ReplayFailure(
              file, s.line(), StatementContext.abbreviate(s.text()), s.comments(), e);
        }
        Snapshot after =
            info.kind() == StatementInfo.Kind.ROLLBACK
                    || info.kind() == StatementInfo.Kind.SAVEPOINT
                ? probe.snapshot()
                : current;
        contexts.add(
            new StatementContext(
                file,
                i,
                s,
                info,
                baseline,
                current,
                after,
                Map.of(),
                Map.of(),
                Set.of(),
                Map.of(),
                false,
                false,
                inTransaction(),
                false,
                null,
                notices,
                0));
        current = after;
        continue;
      }
      String lockTimeout = findings.enabled(LintRule.PG402) ? probe.setting("lock_timeout") : null;
      boolean wantScans = countsTracked;
      boolean inTx = inTransaction();
      CatalogProbe.SessionState start = inTx ? probe.state(wantScans) : null;
      Map<Long, LockMode> held = inTx ? start.locks() : Map.of();
      boolean wrapped = !inTx;
      if (wrapped) {
        exec("BEGIN");
        if (wantScans) {
          start = probe.state(true);
        }
      } else {
        exec("SAVEPOINT " + SAVEPOINT);
      }
      Map<Long, Long> scansBefore = start == null ? Map.of() : start.scans();
      boolean locksObserved = true;
      boolean failedInTransaction = false;
      try {
        notices.addAll(runMigrationStatement(s.text()));
      } catch (SQLException e) {
        if (!NOT_IN_TRANSACTION_BLOCK.equals(e.getSQLState())) {
          abort();
          return new ReplayFailure(
              file, s.line(), StatementContext.abbreviate(s.text()), s.comments(), e);
        }
        // The statement refuses to run in a transaction block. In the file's transaction that
        // is a deploy failure (reported as PG103); either way, run it outside one to go on.
        locksObserved = false;
        failedInTransaction = !wrapped;
        try {
          if (wrapped) {
            exec("ROLLBACK");
          } else {
            exec("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            exec("COMMIT");
          }
          notices.addAll(runMigrationStatement(s.text()));
          if (!wrapped) {
            exec("BEGIN");
          }
        } catch (SQLException again) {
          abort();
          return new ReplayFailure(
              file, s.line(), StatementContext.abbreviate(s.text()), s.comments(), again);
        }
      }
      Map<Long, LockMode> acquired = new HashMap<>();
      Map<Long, Long> scanned = new HashMap<>();
      if (locksObserved) {
        CatalogProbe.SessionState end = probe.state(wantScans);
        end.locks()
            .forEach(
                (oid, mode) -> {
                  LockMode before = held.get(oid);
                  if (before == null || mode.compareTo(before) > 0) {
                    acquired.put(oid, mode);
                  }
                });
        end.scans()
            .forEach(
                (oid, n) -> {
                  long delta = n - scansBefore.getOrDefault(oid, 0L);
                  if (delta > 0) {
                    scanned.put(oid, delta);
                  }
                });
      }
      Snapshot after =
          probe.snapshot(
              current, locksObserved && tableScoped(info) ? touched(held, acquired) : null);
      if (locksObserved) {
        if (wrapped) {
          exec("COMMIT");
        } else {
          exec("RELEASE SAVEPOINT " + SAVEPOINT);
        }
      }
      Set<Long> rewritten = new HashSet<>();
      for (var r : after.relations().values()) {
        var old = current.relations().get(r.oid());
        if (old != null && old.fileNode() != 0 && old.fileNode() != r.fileNode()) {
          rewritten.add(r.oid());
        }
      }
      StatementContext ctx =
          new StatementContext(
              file,
              i,
              s,
              info,
              baseline,
              current,
              after,
              acquired,
              held,
              rewritten,
              scanned,
              wantScans && locksObserved,
              locksObserved,
              !wrapped,
              failedInTransaction,
              lockTimeout,
              notices,
              resolve(info.target()));
      contexts.add(ctx);
      for (Analyzer a : analyzers) {
        a.statement(ctx, findings);
      }
      pending.addNew(baseline, after);
      current = after;
    }
    endFile();
    for (Analyzer a : analyzers) {
      a.file(file, contexts, findings);
    }
    return null;
  }

  /**
   * Whether a statement can only change the tables it locks. Others (ALTER TYPE … RENAME, DROP …
   * CASCADE, DO blocks, anything unrecognised) may change how columns print without locking their
   * tables, so the catalog is read in full after them.
   */
  private static boolean tableScoped(StatementInfo info) {
    return switch (info.kind()) {
      case ALTER_TABLE,
          CREATE_INDEX,
          DROP_INDEX,
          CREATE_TABLE,
          INSERT,
          UPDATE,
          DELETE,
          MERGE,
          SELECT,
          SET,
          RESET,
          TRUNCATE,
          REINDEX,
          REFRESH_MATERIALIZED_VIEW,
          CLUSTER,
          VACUUM ->
          true;
      default -> false;
    };
  }

  /**
   * Relations whose definition the statement may have changed: those the transaction holds a
   * DDL-strength lock on (taken now or earlier in the transaction).
   */
  private static Set<Long> touched(Map<Long, LockMode> held, Map<Long, LockMode> acquired) {
    Set<Long> out = new HashSet<>();
    held.forEach(
        (oid, mode) -> {
          if (mode.compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) >= 0) {
            out.add(oid);
          }
        });
    acquired.forEach(
        (oid, mode) -> {
          if (mode.compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) >= 0) {
            out.add(oid);
          }
        });
    return out;
  }

  /** Objects created by the judged files so far: new, so neither populated nor in use. */
  private static final class Pending {
    private final Set<Long> schemas = new HashSet<>();
    private final Set<Long> relations = new HashSet<>();
    private final Set<ColumnKey> columns = new HashSet<>();
    private final Set<Long> constraints = new HashSet<>();

    void addNew(Snapshot baseline, Snapshot after) {
      after.schemas().keySet().stream()
          .filter(o -> !baseline.schemas().containsKey(o))
          .forEach(schemas::add);
      // An index or constraint re-created under the same name (ALTER COLUMN TYPE does that) is
      // still the existing one.
      after.relations().values().stream()
          .filter(r -> !baseline.relations().containsKey(r.oid()))
          .filter(
              r ->
                  !(r.kind() == 'i' || r.kind() == 'I')
                      || baseline.relation(r.schema(), r.name()).isEmpty())
          .forEach(r -> relations.add(r.oid()));
      after.columns().keySet().stream()
          .filter(k -> !baseline.columns().containsKey(k))
          .forEach(columns::add);
      after.constraints().values().stream()
          .filter(c -> baseline.sameConstraint(c).isEmpty())
          .forEach(c -> constraints.add(c.oid()));
    }

    Snapshot removeFrom(Snapshot s) {
      if (schemas.isEmpty() && relations.isEmpty() && columns.isEmpty() && constraints.isEmpty()) {
        return s;
      }
      Map<Long, String> sch = new HashMap<>(s.schemas());
      sch.keySet().removeAll(schemas);
      Map<Long, Snapshot.Rel> rels = new HashMap<>(s.relations());
      rels.keySet().removeAll(relations);
      Map<ColumnKey, Snapshot.Col> cols = new HashMap<>(s.columns());
      cols.keySet().removeIf(k -> columns.contains(k) || relations.contains(k.table()));
      Map<Long, Snapshot.Con> cons = new HashMap<>(s.constraints());
      cons.keySet().removeAll(constraints);
      Map<Long, Snapshot.Idx> idx = new HashMap<>(s.indexes());
      idx.keySet().removeAll(relations);
      return new Snapshot(sch, rels, cols, cons, idx);
    }
  }

  private void endFile() throws SQLException {
    if (inTransaction()) {
      exec("COMMIT");
    }
    // What one file SETs must not leak into the next (the runtime resets sessions the same way).
    exec("RESET ALL");
  }

  private void abort() throws SQLException {
    if (pg.getTransactionState() != TransactionState.IDLE) {
      exec("ROLLBACK");
    }
  }

  private boolean inTransaction() {
    return pg.getTransactionState() != TransactionState.IDLE;
  }

  private List<String> runMigrationStatement(String sql) throws SQLException {
    List<String> notices = new ArrayList<>();
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
      for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
        notices.add(w.getMessage());
      }
    }
    return notices;
  }

  private long resolve(String name) throws SQLException {
    if (name == null || parts(name) > 2) {
      return 0;
    }
    try (var ps =
        connection.prepareStatement("SELECT pg_catalog.to_regclass(?)::pg_catalog.oid::int8")) {
      ps.setString(1, name);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static int parts(String name) {
    int parts = 1;
    boolean quoted = false;
    for (char c : name.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts++;
      }
    }
    return parts;
  }

  private void exec(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
