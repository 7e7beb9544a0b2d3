package dev.cairn.bench.guard;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.runtime.guard.DdlGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end overhead of the guard on a JDBC workload against embedded PostgreSQL: the same
 * operations through the raw and through the guarded data source ({@code wrapping}). One connection
 * is held for the run, as a pool would hand it out, so the figures are per statement: prepare,
 * bind, execute, read the result, close.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class GuardJdbcOverheadBenchmark {

  /**
   * {@code raw}: the driver's data source; {@code guarded}: wrapped by {@link DdlGuard}; {@code
   * proxy}: the same checks through {@link java.lang.reflect.Proxy} wrappers, for comparison.
   */
  @Param({"raw", "guarded", "proxy"})
  public String wrapping;

  private ScratchDatabase database;
  private Connection connection;
  private long nextId;

  /**
   * Creates the database and the table, and opens the connection.
   *
   * @throws SQLException if the database is unavailable
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = PostgresServer.shared().createDatabase("bench");
    DataSource raw = database.dataSource();
    try (Connection c = raw.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "create table orders (id bigint primary key, customer_id bigint, status text,"
              + " total numeric(12,2), version int);"
              + " insert into orders select g, g % 100, 'NEW', g * 1.5, 0"
              + " from generate_series(1, 10000) g");
    }
    connection =
        switch (wrapping) {
          case "guarded" -> DdlGuard.wrap(raw).getConnection();
          case "proxy" -> ProxyGuard.wrap(raw.getConnection());
          default -> raw.getConnection();
        };
    nextId = 1_000_000;
  }

  /** Closes the connection and drops the database. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    database.close();
  }

  /**
   * A primary-key lookup through a prepared statement.
   *
   * @return the row's total
   * @throws SQLException on database errors
   */
  @Benchmark
  public String selectById() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select id, customer_id, status, total, version from orders where id = ?")) {
      ps.setLong(1, 1 + (nextId++ % 10_000));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(4);
      }
    }
  }

  /**
   * An insert through a prepared statement (auto-commit).
   *
   * @return the update count
   * @throws SQLException on database errors
   */
  @Benchmark
  public int insert() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into orders (id, customer_id, status, total, version) values (?, ?, ?, ?, ?)")) {
      long id = nextId++;
      ps.setLong(1, id);
      ps.setLong(2, id % 100);
      ps.setString(3, "NEW");
      ps.setBigDecimal(4, java.math.BigDecimal.TEN);
      ps.setInt(5, 0);
      return ps.executeUpdate();
    }
  }

  /**
   * A plain statement with literal SQL (classified via the cache each time).
   *
   * @return the count
   * @throws SQLException on database errors
   */
  @Benchmark
  public long plainStatement() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from orders where customer_id = 7")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
