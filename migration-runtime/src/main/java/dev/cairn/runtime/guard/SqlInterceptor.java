package dev.cairn.runtime.guard;

import dev.cairn.runtime.guard.internal.Interception;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Sees every SQL text an application hands to JDBC through a wrapped {@link DataSource} or {@link
 * Connection}, before the driver does; it may veto the text by throwing. {@link DdlGuard} is one;
 * Cairn's test support records statements with another.
 *
 * <p>The wrappers are hand-written delegates (no reflection on the hot path). They intercept {@code
 * Statement.execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeLargeUpdate} and
 * {@code addBatch}; {@code Connection.prepareStatement}, {@code prepareCall} and {@code nativeSQL};
 * and they keep the application on guarded objects when it navigates back via {@code
 * Statement.getConnection()}, {@code ResultSet.getStatement()} or {@code
 * DatabaseMetaData.getConnection()}. {@code unwrap(…)} still reaches the driver's own objects for
 * code that asks for a driver-specific interface explicitly; that is a deliberate escape hatch, not
 * a leak.
 */
@FunctionalInterface
public interface SqlInterceptor {

  /**
   * Called before the SQL text reaches the driver.
   *
   * @param sql the text exactly as the application passed it (may hold several statements)
   * @param call the JDBC method it came through
   * @throws SQLException to stop the call; the driver never sees the text
   */
  void intercept(String sql, JdbcCall call) throws SQLException;

  /**
   * Called once for every connection the wrapper hands out, before any of its statements; the
   * returned interceptor sees that connection's SQL. Return a new object to keep per-connection
   * state (the DDL guard remembers which temporary tables a connection created); the default shares
   * this one.
   *
   * @return the interceptor for one connection
   */
  default SqlInterceptor forConnection() {
    return this;
  }

  /**
   * Wraps a data source so that every connection it hands out is intercepted.
   *
   * @param dataSource the application's data source
   * @param interceptor sees every SQL text first
   * @return a data source that delegates everything else unchanged
   */
  static DataSource wrap(DataSource dataSource, SqlInterceptor interceptor) {
    Objects.requireNonNull(dataSource, "dataSource");
    return Interception.of(interceptor).dataSource(dataSource);
  }

  /**
   * Wraps a single connection.
   *
   * @param connection an open connection
   * @param interceptor sees every SQL text first
   * @return a connection that delegates everything else unchanged
   */
  static Connection wrap(Connection connection, SqlInterceptor interceptor) {
    Objects.requireNonNull(connection, "connection");
    return Interception.of(interceptor).connection(connection);
  }
}
