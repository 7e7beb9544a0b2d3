package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.PlannedStatement.Stage;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Table;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The round trip: current DDL on database A, desired DDL on database B, inspect both, diff, plan,
 * execute the plan on A the way the migration files would run (each stage in its own transaction,
 * the online stage statement by statement), inspect A again: it must equal B, and a second diff
 * must find nothing.
 */
final class RoundTrip implements AutoCloseable {
  private final ScratchDatabase a;
  private final ScratchDatabase b;
  // One session per database for the whole run: a new backend pays for loading the catalog
  // caches again, which costs more than a small inspection itself.
  private final Connection ca;
  private final Connection cb;

  RoundTrip(PostgresServer server) {
    this.a = server.createDatabase("rt_a");
    this.b = server.createDatabase("rt_b");
    try {
      this.ca = a.dataSource().getConnection();
      this.cb = b.dataSource().getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Outcome of one round trip, for further assertions. */
  record Result(Database current, Database desired, DiffResult diff, Plan plan, Database after) {}

  /**
   * Empties both databases (every user schema and extension dropped, {@code public} re-created as
   * PostgreSQL creates it), much faster than creating new databases for every case.
   */
  void reset() throws SQLException {
    for (Connection c : List.of(ca, cb)) {
      exec(c, RESET);
    }
  }

  static final String RESET =
      """
      RESET ALL;
      DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
          EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
        END LOOP;
        FOR r IN SELECT nspname FROM pg_namespace
                 WHERE nspname NOT IN ('pg_catalog', 'information_schema')
                   AND nspname NOT LIKE 'pg\\_%' LOOP
          EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
        END LOOP;
      END $$;
      CREATE SCHEMA public AUTHORIZATION pg_database_owner;
      GRANT USAGE ON SCHEMA public TO PUBLIC;
      COMMENT ON SCHEMA public IS 'standard public schema';
      """;

  Result run(String currentSql, String desiredSql, RenameHints hints, PlanOptions options)
      throws SQLException {
    exec(ca, currentSql);
    exec(cb, desiredSql);
    return check(hints, options);
  }

  Result check(RenameHints hints, PlanOptions options) throws SQLException {
    Database current = CatalogInspector.inspect(ca);
    Database desired = CatalogInspector.inspect(cb);
    DiffResult diff =
        SchemaDiffer.diff(current, desired, DiffOptions.defaults().withRenames(hints));
    Plan plan = Planner.plan(diff.changes(), current, desired, options);
    try {
      apply(ca, plan);
    } catch (SQLException e) {
      throw new AssertionError(
          "Plan failed on PostgreSQL: " + e.getMessage() + "\n--- plan\n" + plan.toSql(), e);
    }
    Database after = CatalogInspector.inspect(ca);
    DiffResult again = SchemaDiffer.diff(after, desired, DiffOptions.defaults());
    assertThat(again.changes())
        .as(
            "changes left after applying the plan\n--- plan\n%s--- first diff\n%s",
            plan.toSql(),
            diff.changes().stream().map(SchemaChange::describe).collect(Collectors.joining("\n")))
        .isEmpty();
    assertThat(normalize(after))
        .as("inspection after the plan equals the desired inspection\n--- plan\n%s", plan.toSql())
        .isEqualTo(normalize(desired));
    return new Result(current, desired, diff, plan, after);
  }

  DataSource current() {
    return a.dataSource();
  }

  DataSource desired() {
    return b.dataSource();
  }

  static Database inspect(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return CatalogInspector.inspect(c);
    }
  }

  static void exec(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection()) {
      exec(c, sql);
    }
  }

  static void exec(Connection c, String sql) throws SQLException {
    if (sql.isBlank()) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Runs a plan like its migration files would run. */
  static void apply(DataSource ds, Plan plan) throws SQLException {
    try (Connection c = ds.getConnection()) {
      apply(c, plan);
    }
  }

  static void apply(Connection c, Plan plan) throws SQLException {
    {
      for (Stage stage : Stage.values()) {
        List<PlannedStatement> part = plan.stage(stage);
        if (part.isEmpty()) {
          continue;
        }
        boolean tx = stage != Stage.ONLINE;
        c.setAutoCommit(!tx);
        try (Statement st = c.createStatement()) {
          for (PlannedStatement s : part) {
            try {
              st.execute(s.sql());
            } catch (SQLException e) {
              if (tx) {
                c.rollback();
              }
              throw new SQLException(e.getMessage() + "\n  in: " + s.sql(), e.getSQLState(), e);
            }
          }
        }
        if (tx) {
          c.commit();
        }
        c.setAutoCommit(true);
      }
    }
  }

  /** Column order is not something PostgreSQL can change in place; compare without it. */
  static Database normalize(Database db) {
    return new Database(
        db.schemas().stream()
            .map(
                s ->
                    new Schema(
                        s.name(),
                        s.comment(),
                        s.tables().stream().map(RoundTrip::sortColumns).toList(),
                        s.sequences(),
                        s.enums(),
                        s.domains(),
                        s.compositeTypes().stream()
                            .map(
                                t ->
                                    new CompositeType(
                                        t.name(),
                                        t.attributes().stream()
                                            .sorted(
                                                Comparator.comparing(CompositeType.Attribute::name))
                                            .toList(),
                                        t.comment()))
                            .toList(),
                        s.views(),
                        s.routines()))
            .toList(),
        db.extensions(),
        db.unsupported());
  }

  private static Table sortColumns(Table t) {
    return new Table(
        t.name(),
        t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
        t.constraints(),
        t.indexes(),
        t.triggers(),
        t.policies(),
        t.rowSecurity(),
        t.forceRowSecurity(),
        t.partitionKey(),
        t.partitionOf(),
        t.partitionBound(),
        t.unlogged(),
        t.comment());
  }

  Connection currentConnection() {
    return ca;
  }

  Connection desiredConnection() {
    return cb;
  }

  @Override
  public void close() {
    try {
      ca.close();
      cb.close();
    } catch (SQLException e) {
      // closing a test session; the databases are dropped next anyway
    }
    try {
      a.close();
    } finally {
      b.close();
    }
  }
}
