package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.DryRunResult;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.MigrationStatus;
import dev.cairn.runtime.PendingMigration;
import dev.cairn.runtime.PlannedMigration;
import dev.cairn.runtime.Revision;
import dev.cairn.runtime.SetResult;
import dev.cairn.runtime.TxMode;
import dev.cairn.runtime.ValidationResult;
import dev.cairn.runtime.internal.db.AdvisoryLock;
import dev.cairn.runtime.internal.db.ConnectionProvider;
import dev.cairn.runtime.internal.db.RevisionTable;
import dev.cairn.runtime.internal.db.SessionReset;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operations behind {@code dev.cairn.runtime.Cairn}. */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.runtime");

  /**
   * Everything an operation needs.
   *
   * @param connections where connections come from, or null when only the directory is used
   * @param source the migration directory
   * @param table the revision table
   * @param lockKey the advisory lock key
   * @param lockTimeout how long to wait for the lock
   * @param options the planning options
   */
  public record Settings(
      ConnectionProvider connections,
      ScriptSource source,
      RevisionTable table,
      long lockKey,
      Duration lockTimeout,
      Planner.Options options) {}

  private final Settings s;

  /**
   * Creates the engine.
   *
   * @param settings the settings
   */
  public Engine(Settings settings) {
    this.s = settings;
  }

  /**
   * Applies pending files.
   *
   * @return what happened
   */
  public MigrateResult migrate() {
    long t0 = System.nanoTime();
    List<Script> files = s.source().load();
    return withConnection(
        c -> {
          // Optimistic check without the lock: a fully applied history cannot become pending
          // behind our back, so the common startup case costs one query.
          Optional<List<Revision>> seen = s.table().readAll(c);
          if (seen.isPresent()) {
            Plan quick = Planner.plan(files, seen.get(), s.options());
            if (quick.isEmpty()) {
              return upToDate(c, quick, files, t0);
            }
          } else if (files.isEmpty() && s.options().baselineVersion() == null) {
            return upToDate(c, Planner.plan(files, List.of(), s.options()), files, t0);
          }
          AdvisoryLock.acquire(c, s.lockKey(), s.lockTimeout());
          try {
            SessionReset reset = SessionReset.capture(c);
            Optional<List<Revision>> revs = s.table().readAll(c);
            Plan plan = Planner.plan(files, revs.orElse(List.of()), s.options());
            if (plan.isEmpty()) {
              return upToDate(c, plan, files, t0);
            }
            if (plan.needsCleanCheck()) {
              CleanCheck.check(c, s.table());
            }
            if (revs.isEmpty()) {
              s.table().create(c);
            }
            LOG.info(
                "Migrating {} from version {}: {} pending {}",
                database(c),
                plan.currentVersion() == null ? "none" : plan.currentVersion(),
                plan.steps().size(),
                plan.steps().size() == 1 ? "file" : "files");
            List<AppliedMigration> done = new Executor(c, s.table(), reset, s.options()).run(plan);
            // A run that only records the baseline still moves the database to its version.
            String to = lastVersion(plan, done);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            int statements = 0;
            for (AppliedMigration m : done) {
              statements += m.statements();
            }
            LOG.info(
                "Migrated {} to version {}: {} {} ({} statements) in {} ms",
                database(c),
                to,
                done.size(),
                done.size() == 1 ? "file" : "files",
                statements,
                took.toMillis());
            return new MigrateResult(
                plan.currentVersion(), to, done, names(plan.outOfOrderSkipped()), took);
          } finally {
            AdvisoryLock.release(c, s.lockKey());
          }
        });
  }

  private static String lastVersion(Plan plan, List<AppliedMigration> done) {
    String max = plan.currentVersion();
    for (AppliedMigration m : done) {
      if (max == null || m.version().compareTo(max) > 0) {
        max = m.version();
      }
    }
    if (plan.baseline() != null && (max == null || plan.baseline().version().compareTo(max) > 0)) {
      max = plan.baseline().version();
    }
    return max;
  }

  private MigrateResult upToDate(Connection c, Plan plan, List<Script> files, long t0) {
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    LOG.info(
        "{} is up to date at version {} ({} {} checked in {} ms)",
        database(c),
        plan.currentVersion() == null ? "none" : plan.currentVersion(),
        files.size(),
        files.size() == 1 ? "file" : "files",
        took.toMillis());
    return new MigrateResult(
        plan.currentVersion(),
        plan.currentVersion(),
        List.of(),
        names(plan.outOfOrderSkipped()),
        took);
  }

  /**
   * Computes what {@link #migrate()} would do, executing nothing.
   *
   * @return the plan with its statements
   */
  public DryRunResult dryRun() {
    List<Script> files = s.source().load();
    return withConnection(
        c -> {
          Optional<List<Revision>> revs = s.table().readAll(c);
          Plan plan = Planner.plan(files, revs.orElse(List.of()), s.options());
          if (plan.needsCleanCheck() && !plan.steps().isEmpty()) {
            CleanCheck.check(c, s.table());
          }
          List<PlannedMigration> out = new ArrayList<>();
          for (Plan.Step step : plan.steps()) {
            Script f = step.script();
            boolean tx =
                s.options().txMode() == TxMode.ALL
                    || (f.txMode() != null ? f.txMode() : s.options().txMode()) != TxMode.NONE;
            PlannedMigration.Action action;
            List<String> stmts = new ArrayList<>();
            switch (step.action()) {
              case SKIP:
                action = PlannedMigration.Action.SKIP;
                break;
              case RESUME:
                action = PlannedMigration.Action.RESUME;
                break;
              default:
                action = PlannedMigration.Action.APPLY;
            }
            if (action != PlannedMigration.Action.SKIP) {
              for (Script.Stmt st :
                  f.statements().subList(step.firstStatement(), f.statements().size())) {
                stmts.add(st.text());
              }
            }
            out.add(
                new PlannedMigration(
                    f.version(),
                    f.description(),
                    f.name(),
                    action,
                    tx,
                    step.firstStatement() + 1,
                    stmts));
            LOG.info(
                "Dry run: would {} {}", action.name().toLowerCase(java.util.Locale.ROOT), f.name());
          }
          return new DryRunResult(
              plan.currentVersion(),
              plan.baseline() == null ? null : plan.baseline().version(),
              out,
              names(plan.outOfOrderSkipped()));
        });
  }

  /**
   * Reports the database's state against the directory. Reads only; takes no lock.
   *
   * @return the status
   */
  public MigrationStatus status() {
    List<Script> files = s.source().load();
    return withConnection(
        c -> {
          Optional<List<Revision>> revs = s.table().readAll(c);
          Planner.Options o = s.options();
          // Plan permissively to list everything that is pending, then label by the real order.
          Planner.Options lenient =
              new Planner.Options(
                  ExecOrder.NON_LINEAR,
                  TxMode.FILE,
                  o.baselineVersion(),
                  true,
                  o.environment(),
                  o.operatorVersion());
          Plan plan = Planner.plan(files, revs.orElse(List.of()), lenient);
          List<PendingMigration> pending = new ArrayList<>();
          List<String> skipped = new ArrayList<>();
          Revision failed = null;
          for (Revision r : plan.revisions()) {
            if (r.isPartial()) {
              failed = r;
            }
          }
          for (Plan.Step step : plan.steps()) {
            Script f = step.script();
            if (step.outOfOrder()
                && step.action() != Plan.Action.RESUME
                && o.execOrder() == ExecOrder.LINEAR_SKIP) {
              skipped.add(f.name());
              continue;
            }
            pending.add(
                new PendingMigration(
                    f.version(),
                    f.description(),
                    f.name(),
                    step.action() == Plan.Action.SKIP ? 0 : f.statements().size(),
                    step.firstStatement(),
                    step.outOfOrder(),
                    step.action() == Plan.Action.SKIP));
          }
          MigrationStatus.State state =
              failed != null
                  ? MigrationStatus.State.FAILED
                  : pending.isEmpty()
                      ? MigrationStatus.State.UP_TO_DATE
                      : MigrationStatus.State.PENDING;
          return new MigrationStatus(
              state,
              plan.currentVersion(),
              s.table().schema() + "." + s.table().table(),
              plan.revisions(),
              pending,
              skipped,
              failed);
        });
  }

  /**
   * Checks the directory and, when a database is configured, the applied history.
   *
   * @return the outcome
   */
  public ValidationResult validate() {
    List<Script> files = s.source().load();
    String last = files.isEmpty() ? null : files.get(files.size() - 1).version();
    if (s.connections() == null) {
      return new ValidationResult(files.size(), last, false, 0);
    }
    return withConnection(
        c -> {
          List<Revision> revs = s.table().readAll(c).orElse(List.of());
          Planner.plan(files, revs, s.options());
          return new ValidationResult(files.size(), last, true, revs.size());
        });
  }

  /**
   * Records a baseline on a database without revisions, executing nothing.
   *
   * @param version the version the database's schema corresponds to
   * @return the resulting status
   */
  public SetResult baseline(String version) {
    List<Script> files = s.source().load();
    Script b = find(files, version, "baseline");
    locked(
        (c, revs) -> {
          if (!revs.isEmpty()) {
            throw new CairnException(
                ErrorCode.INVALID_CONFIGURATION,
                "Cannot record baseline "
                    + version
                    + ": the database already has revisions (last: "
                    + revs.get(revs.size() - 1).version()
                    + "). A baseline only starts a database without history; use set to move an"
                    + " existing history.");
          }
          exec(
              c,
              s.table()
                  .upsertSql(
                      new Revision(
                          b.version(),
                          b.description(),
                          Revision.TYPE_BASELINE,
                          0,
                          0,
                          Instant.now(),
                          Duration.ZERO,
                          null,
                          null,
                          "",
                          List.of(),
                          s.options().operatorVersion())));
          LOG.info("Recorded baseline version {}", version);
          return null;
        });
    return new SetResult(List.of(version), List.of(), List.of(), version);
  }

  /**
   * Atlas's {@code migrate set}: afterwards the revision table says exactly the files up to {@code
   * version} are applied. Later revisions are removed, a failed revision at {@code version} is
   * marked resolved, and files between the last revision and {@code version} are marked applied.
   * Executes no migration statement.
   *
   * @param version the version to set the database to
   * @return what changed
   */
  public SetResult set(String version) {
    List<Script> files = s.source().load();
    find(files, version, "target");
    return locked(
        (c, revs) -> {
          List<String> removed = new ArrayList<>();
          List<String> resolved = new ArrayList<>();
          List<String> marked = new ArrayList<>();
          List<String> sql = new ArrayList<>();
          String last = null;
          for (Revision r : revs) {
            if (r.version().compareTo(version) > 0) {
              removed.add(r.version());
            } else {
              last = r.version();
              if (r.version().equals(version) && (r.isPartial() || r.errorMessage().isPresent())) {
                sql.add(s.table().upsertSql(resolve(r)));
                resolved.add(r.version());
              }
            }
          }
          if (!removed.isEmpty()) {
            sql.add(0, s.table().deleteSql(removed));
          }
          for (Script f : files) {
            if (f.version().compareTo(version) > 0) {
              break;
            }
            if (last == null || f.version().compareTo(last) > 0) {
              sql.add(s.table().upsertSql(markedRevision(f)));
              marked.add(f.version());
            }
          }
          execInTransaction(c, sql);
          LOG.info(
              "Set revisions to version {}: marked applied {}, resolved {}, removed {}",
              version,
              marked,
              resolved,
              removed);
          return new SetResult(marked, resolved, removed, currentAfter(revs, removed, marked));
        });
  }

  /**
   * Marks versions applied without executing them (a failed one is marked resolved).
   *
   * @param versions versions present in the directory
   * @return what changed
   */
  public SetResult markApplied(Collection<String> versions) {
    List<Script> files = s.source().load();
    List<Script> targets = new ArrayList<>();
    for (String v : new LinkedHashSet<>(versions)) {
      targets.add(find(files, v, "given"));
    }
    return locked(
        (c, revs) -> {
          Map<String, Revision> byVersion = new HashMap<>();
          for (Revision r : revs) {
            byVersion.put(r.version(), r);
          }
          List<String> marked = new ArrayList<>();
          List<String> resolved = new ArrayList<>();
          List<String> sql = new ArrayList<>();
          for (Script f : targets) {
            Revision r = byVersion.get(f.version());
            if (r == null) {
              sql.add(s.table().upsertSql(markedRevision(f)));
              marked.add(f.version());
            } else if (r.isPartial() || r.errorMessage().isPresent()) {
              sql.add(s.table().upsertSql(resolve(r)));
              resolved.add(f.version());
            }
          }
          execInTransaction(c, sql);
          LOG.info("Marked applied {}, resolved {}", marked, resolved);
          return new SetResult(marked, resolved, List.of(), currentAfter(revs, List.of(), marked));
        });
  }

  /**
   * Removes the revisions of the given versions: they become pending again. Executes nothing and
   * reverts nothing in the schema.
   *
   * @param versions versions recorded in the revision table
   * @return what changed
   */
  public SetResult markUnapplied(Collection<String> versions) {
    Set<String> wanted = new LinkedHashSet<>(versions);
    return locked(
        (c, revs) -> {
          Set<String> present = new LinkedHashSet<>();
          for (Revision r : revs) {
            present.add(r.version());
          }
          for (String v : wanted) {
            if (!present.contains(v)) {
              throw new CairnException(
                  ErrorCode.UNKNOWN_VERSION,
                  "Version "
                      + v
                      + " has no revision in "
                      + s.table().qualifiedName()
                      + "; nothing to unapply. Recorded versions: "
                      + (present.isEmpty() ? "none" : String.join(", ", present)));
            }
          }
          List<String> removed = new ArrayList<>(wanted);
          if (!removed.isEmpty()) {
            execInTransaction(c, List.of(s.table().deleteSql(removed)));
          }
          LOG.info("Removed revisions {}", removed);
          return new SetResult(
              List.of(), List.of(), removed, currentAfter(revs, removed, List.of()));
        });
  }

  private static String currentAfter(
      List<Revision> revs, Collection<String> removed, Collection<String> marked) {
    String max = null;
    for (Revision r : revs) {
      if (!removed.contains(r.version()) && (max == null || r.version().compareTo(max) > 0)) {
        max = r.version();
      }
    }
    for (String v : marked) {
      if (max == null || v.compareTo(max) > 0) {
        max = v;
      }
    }
    return max;
  }

  private Revision resolve(Revision r) {
    return new Revision(
        r.version(),
        r.description(),
        Revision.TYPE_EXECUTE | Revision.TYPE_RESOLVED,
        r.total(),
        r.total(),
        r.executedAt(),
        r.executionTime(),
        r.error(),
        r.errorStatement(),
        r.hash(),
        r.partialHashes(),
        s.options().operatorVersion());
  }

  private Revision markedRevision(Script f) {
    return new Revision(
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
        s.options().operatorVersion());
  }

  private static Script find(List<Script> files, String version, String what) {
    for (Script f : files) {
      if (f.version().equals(version)) {
        return f;
      }
    }
    throw Planner.unknownVersion(what, version, files);
  }

  private interface LockedWork<T> {
    T run(Connection c, List<Revision> revisions) throws SQLException;
  }

  /** Runs revision maintenance under the migration lock, creating the table when missing. */
  private <T> T locked(LockedWork<T> work) {
    return withConnection(
        c -> {
          AdvisoryLock.acquire(c, s.lockKey(), s.lockTimeout());
          try {
            Optional<List<Revision>> revs = s.table().readAll(c);
            if (revs.isEmpty()) {
              s.table().create(c);
            }
            return work.run(c, revs.orElse(List.of()));
          } catch (SQLException e) {
            throw new CairnException(
                ErrorCode.DATABASE_ERROR,
                "Could not update " + s.table().qualifiedName() + ": " + e.getMessage(),
                e);
          } finally {
            AdvisoryLock.release(c, s.lockKey());
          }
        });
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void execInTransaction(Connection c, List<String> sql) throws SQLException {
    if (sql.isEmpty()) {
      return;
    }
    c.setAutoCommit(false);
    boolean ok = false;
    try (Statement st = c.createStatement()) {
      st.execute(String.join("; ", sql));
      c.commit();
      ok = true;
    } finally {
      if (!ok) {
        try {
          c.rollback();
        } catch (SQLException e) {
          LOG.debug("Rollback failed", e);
        }
      }
      c.setAutoCommit(true);
    }
  }

  private <T> T withConnection(Function<Connection, T> work) {
    if (s.connections() == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "No database configured: give Cairn a DataSource or a JDBC URL.");
    }
    Connection c = s.connections().connect();
    boolean autoCommit = true;
    try {
      autoCommit = c.getAutoCommit();
      if (!autoCommit) {
        c.setAutoCommit(true);
      }
      return work.apply(c);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR, "Database error: " + s.connections().redact(e.getMessage()), e);
    } finally {
      try {
        if (!autoCommit && !c.isClosed()) {
          c.setAutoCommit(false);
        }
      } catch (SQLException e) {
        LOG.debug("Could not restore auto-commit", e);
      }
      try {
        c.close();
      } catch (SQLException e) {
        LOG.debug("Closing the connection failed", e);
      }
    }
  }

  private static String database(Connection c) {
    try {
      String db = c.getCatalog();
      return db == null ? "the database" : "database " + db;
    } catch (SQLException e) {
      return "the database";
    }
  }

  private static List<String> names(List<Script> scripts) {
    List<String> out = new ArrayList<>();
    for (Script f : scripts) {
      out.add(f.name());
    }
    return out;
  }
}
