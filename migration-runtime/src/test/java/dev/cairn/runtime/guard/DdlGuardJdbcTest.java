package dev.cairn.runtime.guard;

import static dev.cairn.runtime.guard.GuardTesting.count;
import static dev.cairn.runtime.guard.GuardTesting.execute;
import static dev.cairn.runtime.guard.GuardTesting.exists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JDBC entry point of a guarded data source, against real PostgreSQL. */
@WithPostgres
class DdlGuardJdbcTest {
  private static final String DDL = "create table leaked (id int)";

  @FunctionalInterface
  interface EntryPoint {
    void run(Connection c, String sql) throws SQLException;
  }

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        Arguments.of("Statement.execute", (EntryPoint) (c, s) -> c.createStatement().execute(s)),
        Arguments.of(
            "Statement.execute(keys)",
            (EntryPoint) (c, s) -> c.createStatement().execute(s, Statement.RETURN_GENERATED_KEYS)),
        Arguments.of(
            "Statement.execute(int[])",
            (EntryPoint) (c, s) -> c.createStatement().execute(s, new int[] {1})),
        Arguments.of(
            "Statement.execute(String[])",
            (EntryPoint) (c, s) -> c.createStatement().execute(s, new String[] {"id"})),
        Arguments.of(
            "Statement.executeQuery", (EntryPoint) (c, s) -> c.createStatement().executeQuery(s)),
        Arguments.of(
            "Statement.executeUpdate", (EntryPoint) (c, s) -> c.createStatement().executeUpdate(s)),
        Arguments.of(
            "Statement.executeUpdate(keys)",
            (EntryPoint)
                (c, s) -> c.createStatement().executeUpdate(s, Statement.RETURN_GENERATED_KEYS)),
        Arguments.of(
            "Statement.executeUpdate(int[])",
            (EntryPoint) (c, s) -> c.createStatement().executeUpdate(s, new int[] {1})),
        Arguments.of(
            "Statement.executeUpdate(String[])",
            (EntryPoint) (c, s) -> c.createStatement().executeUpdate(s, new String[] {"id"})),
        Arguments.of(
            "Statement.executeLargeUpdate",
            (EntryPoint) (c, s) -> c.createStatement().executeLargeUpdate(s)),
        Arguments.of(
            "Statement.executeLargeUpdate(keys)",
            (EntryPoint)
                (c, s) -> c.createStatement().executeLargeUpdate(s, Statement.NO_GENERATED_KEYS)),
        Arguments.of(
            "Statement.executeLargeUpdate(int[])",
            (EntryPoint) (c, s) -> c.createStatement().executeLargeUpdate(s, new int[] {1})),
        Arguments.of(
            "Statement.executeLargeUpdate(String[])",
            (EntryPoint) (c, s) -> c.createStatement().executeLargeUpdate(s, new String[] {"id"})),
        Arguments.of(
            "Statement.addBatch+executeBatch",
            (EntryPoint)
                (c, s) -> {
                  Statement st = c.createStatement();
                  st.addBatch("select 1");
                  st.addBatch(s);
                  st.executeBatch();
                }),
        Arguments.of(
            "Connection.prepareStatement", (EntryPoint) (c, s) -> c.prepareStatement(s).execute()),
        Arguments.of(
            "Connection.prepareStatement(keys)",
            (EntryPoint)
                (c, s) -> c.prepareStatement(s, Statement.RETURN_GENERATED_KEYS).execute()),
        Arguments.of(
            "Connection.prepareStatement(int[])",
            (EntryPoint) (c, s) -> c.prepareStatement(s, new int[] {1}).execute()),
        Arguments.of(
            "Connection.prepareStatement(String[])",
            (EntryPoint) (c, s) -> c.prepareStatement(s, new String[] {"id"}).execute()),
        Arguments.of(
            "Connection.prepareStatement(type, concurrency)",
            (EntryPoint)
                (c, s) ->
                    c.prepareStatement(s, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)
                        .execute()),
        Arguments.of(
            "Connection.prepareStatement(type, concurrency, holdability)",
            (EntryPoint)
                (c, s) ->
                    c.prepareStatement(
                            s,
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY,
                            ResultSet.CLOSE_CURSORS_AT_COMMIT)
                        .execute()),
        Arguments.of("Connection.prepareCall", (EntryPoint) (c, s) -> c.prepareCall(s).execute()),
        Arguments.of(
            "Connection.prepareCall(type, concurrency)",
            (EntryPoint)
                (c, s) ->
                    c.prepareCall(s, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)
                        .execute()),
        Arguments.of(
            "Connection.prepareCall(type, concurrency, holdability)",
            (EntryPoint)
                (c, s) ->
                    c.prepareCall(
                            s,
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY,
                            ResultSet.CLOSE_CURSORS_AT_COMMIT)
                        .execute()),
        Arguments.of(
            "Connection.nativeSQL",
            (EntryPoint) (c, s) -> c.createStatement().execute(c.nativeSQL(s))),
        Arguments.of(
            "Statement.getConnection",
            (EntryPoint)
                (c, s) -> c.createStatement().getConnection().createStatement().execute(s)),
        Arguments.of(
            "ResultSet.getStatement",
            (EntryPoint)
                (c, s) -> {
                  ResultSet rs = c.createStatement().executeQuery("select 1");
                  rs.getStatement().execute(s);
                }),
        Arguments.of(
            "PreparedStatement.getResultSet.getStatement",
            (EntryPoint)
                (c, s) -> {
                  PreparedStatement ps = c.prepareStatement("select 1");
                  ps.execute();
                  ps.getResultSet().getStatement().getConnection().createStatement().execute(s);
                }),
        Arguments.of(
            "DatabaseMetaData.getConnection",
            (EntryPoint) (c, s) -> c.getMetaData().getConnection().createStatement().execute(s)),
        Arguments.of(
            "DatabaseMetaData result set",
            (EntryPoint)
                (c, s) -> {
                  DatabaseMetaData md = c.getMetaData();
                  ResultSet rs = md.getSchemas();
                  Statement owner = rs.getStatement();
                  (owner != null ? owner.getConnection() : md.getConnection())
                      .createStatement()
                      .execute(s);
                }));
  }

  /** One database for the table-driven tests: creating one per invocation costs seconds. */
  private static ScratchDatabase shared;

  @BeforeAll
  static void createSharedDatabase() throws SQLException {
    shared = PostgresServer.shared().createDatabase("guardjdbc");
    execute(shared.dataSource(), "create table t (id int)");
  }

  @AfterAll
  static void dropSharedDatabase() {
    shared.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void refusesDdlThroughEveryEntryPointAndNothingReachesTheDatabase(String name, EntryPoint entry)
      throws SQLException {
    DataSource raw = shared.dataSource();
    DataSource guarded = DdlGuard.wrap(raw);
    try (Connection c = guarded.getConnection()) {
      assertThatThrownBy(() -> entry.run(c, DDL))
          .as(name)
          .isInstanceOf(DdlNotAllowedException.class)
          .hasMessageContaining("create table leaked (id int)")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      // The connection is still usable: nothing was sent.
      try (ResultSet rs = c.createStatement().executeQuery("select 42")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    }
    assertThat(exists(raw, "leaked")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void ordinaryStatementsPassEveryEntryPoint(String name, EntryPoint entry) throws SQLException {
    DataSource raw = shared.dataSource();
    execute(raw, "delete from t");
    DataSource guarded = DdlGuard.wrap(raw);
    SQLException failure = null;
    try (Connection c = guarded.getConnection()) {
      entry.run(c, "insert into t values (7)");
    } catch (SQLException e) {
      failure = e;
    }
    if (failure != null) {
      // Some entry points do not fit an INSERT (executeQuery expects rows, keys by index are
      // unsupported): the driver complains, which proves the guard let the text through.
      assertThat((Throwable) failure)
          .as(name)
          .isInstanceOf(org.postgresql.util.PSQLException.class);
    } else {
      assertThat(count(raw, "select count(*) from t where id = 7")).as(name).isEqualTo(1);
    }
  }

  @Test
  void refusalInsideATransactionLeavesTheTransactionIntact(DataSource raw) throws SQLException {
    execute(raw, "create table t (id int)");
    try (Connection c = DdlGuard.wrap(raw).getConnection()) {
      c.setAutoCommit(false);
      c.createStatement().executeUpdate("insert into t values (1)");
      assertThatThrownBy(() -> c.createStatement().execute("drop table t"))
          .isInstanceOf(DdlNotAllowedException.class);
      c.createStatement().executeUpdate("insert into t values (2)");
      c.commit();
    }
    assertThat(count(raw, "select count(*) from t")).isEqualTo(2);
  }

  @Test
  void batchWithRefusedStatementSendsNothing(DataSource raw) throws SQLException {
    execute(raw, "create table t (id int)");
    try (Connection c = DdlGuard.wrap(raw).getConnection();
        Statement st = c.createStatement()) {
      st.addBatch("insert into t values (1)");
      assertThatThrownBy(() -> st.addBatch("truncate t"))
          .isInstanceOf(DdlNotAllowedException.class);
      st.addBatch("insert into t values (2)");
      assertThat(st.executeBatch()).containsExactly(1, 1);
    }
    assertThat(count(raw, "select count(*) from t")).isEqualTo(2);
  }

  @Test
  void preparedStatementsBatchAndCallableWork(DataSource raw) throws SQLException {
    execute(raw, "create table t (id int)");
    execute(raw, "create function plus(a int, b int) returns int language sql as 'select a + b'");
    try (Connection c = DdlGuard.wrap(raw).getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("insert into t values (?)")) {
        for (int i = 0; i < 3; i++) {
          ps.setInt(1, i);
          ps.addBatch();
        }
        assertThat(ps.executeBatch()).hasSize(3);
      }
      try (CallableStatement cs = c.prepareCall("{? = call plus(?, ?)}")) {
        cs.registerOutParameter(1, java.sql.Types.INTEGER);
        cs.setInt(2, 20);
        cs.setInt(3, 22);
        cs.execute();
        assertThat(cs.getInt(1)).isEqualTo(42);
      }
      try (PreparedStatement ps = c.prepareStatement("select count(*) from t");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(3);
        assertThat(rs.getStatement()).isSameAs(ps);
      }
    }
  }

  @Test
  void unwrapReachesTheDriverAndTheGuard(DataSource raw) throws SQLException {
    DataSource guarded = DdlGuard.wrap(raw);
    assertThat(guarded.isWrapperFor(raw.getClass())).isTrue();
    assertThat(guarded.unwrap(raw.getClass())).isSameAs(raw);
    assertThat(guarded.isWrapperFor(DdlGuard.class)).isTrue();
    assertThat(guarded.unwrap(DdlGuard.class).options()).isSameAs(GuardOptions.defaults());
    assertThat(guarded.unwrap(DataSource.class)).isSameAs(guarded);
    assertThat(guarded.isWrapperFor(String.class)).isFalse();
    try (Connection c = guarded.getConnection()) {
      assertThat(c.isWrapperFor(org.postgresql.PGConnection.class)).isTrue();
      org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
      assertThat(pg.getBackendPID()).isPositive();
      assertThat(c.unwrap(DdlGuard.class)).isSameAs(guarded.unwrap(DdlGuard.class));
      try (Statement st = c.createStatement()) {
        assertThat(st.getConnection()).isSameAs(c);
        assertThat(st.unwrap(org.postgresql.PGStatement.class)).isNotNull();
        assertThat(st.isWrapperFor(Statement.class)).isTrue();
      }
      assertThat(c.getMetaData().getConnection()).isSameAs(c);
    }
  }
}
