package dev.cairn.runtime.guard.internal;

import dev.cairn.runtime.guard.JdbcCall;
import dev.cairn.runtime.guard.SqlInterceptor;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates the intercepting JDBC wrappers for one interceptor.
 *
 * <p>The wrapper classes are hand-written delegates (generated once from the {@code java.sql}
 * interfaces, then kept in source), not {@code java.lang.reflect.Proxy}s: a proxy pays a reflective
 * dispatch and an argument array on every call, including every {@code ResultSet.getString}, while
 * a delegate is inlined by the JIT.
 */
public final class Interception {
  private final SqlInterceptor interceptor;
  private final SqlInterceptor root;

  private Interception(SqlInterceptor interceptor, SqlInterceptor root) {
    this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
    this.root = root;
  }

  /**
   * An interception for one interceptor.
   *
   * @param interceptor sees every SQL text
   * @return the factory of wrappers
   */
  public static Interception of(SqlInterceptor interceptor) {
    return new Interception(interceptor, interceptor);
  }

  /**
   * Wraps a data source.
   *
   * @param dataSource the delegate
   * @return the wrapper
   */
  public DataSource dataSource(DataSource dataSource) {
    return new InterceptingDataSource(dataSource, this);
  }

  /**
   * Wraps a connection (null stays null).
   *
   * @param connection the delegate
   * @return the wrapper
   */
  public Connection connection(Connection connection) {
    if (connection == null) {
      return null;
    }
    SqlInterceptor own = interceptor.forConnection();
    Interception ix = own == interceptor ? this : new Interception(own, root);
    return new InterceptingConnection(connection, ix);
  }

  /**
   * The interceptor the data source or connection was wrapped with, which {@code unwrap} hands out
   * (e.g. {@code dataSource.unwrap(DdlGuard.class)}).
   */
  SqlInterceptor root() {
    return root;
  }

  void check(String sql, JdbcCall call) throws SQLException {
    interceptor.intercept(sql, call);
  }

  Statement statement(Statement statement, Connection owner) {
    return statement == null ? null : new InterceptingStatement(statement, owner, this);
  }

  PreparedStatement prepared(PreparedStatement statement, Connection owner) {
    return statement == null ? null : new InterceptingPreparedStatement(statement, owner, this);
  }

  CallableStatement callable(CallableStatement statement, Connection owner) {
    return statement == null ? null : new InterceptingCallableStatement(statement, owner, this);
  }

  ResultSet resultSet(ResultSet rs, Connection owner) {
    return rs == null ? null : new InterceptingResultSet(rs, null, owner, this);
  }
}
