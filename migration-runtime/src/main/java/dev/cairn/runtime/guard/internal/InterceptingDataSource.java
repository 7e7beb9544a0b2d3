package dev.cairn.runtime.guard.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKey;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source whose connections are intercepted; see {@link Interception}. */
final class InterceptingDataSource implements DataSource {
  private final DataSource delegate;
  private final Interception ix;

  InterceptingDataSource(DataSource delegate, Interception ix) {
    this.delegate = delegate;
    this.ix = ix;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return ix.connection(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return ix.connection(delegate.getConnection(username, password));
  }

  @Override
  public ConnectionBuilder createConnectionBuilder() throws SQLException {
    ConnectionBuilder builder = delegate.createConnectionBuilder();
    if (builder == null) {
      throw new SQLFeatureNotSupportedException("createConnectionBuilder");
    }
    return new Builder(builder);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface.isInstance(ix.root())) {
      return iface.cast(ix.root());
    }
    return iface.isInstance(delegate) ? iface.cast(delegate) : delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this)
        || iface.isInstance(ix.root())
        || iface.isInstance(delegate)
        || delegate.isWrapperFor(iface);
  }

  @Override
  public String toString() {
    return "Intercepting[" + delegate + "]";
  }

  private final class Builder implements ConnectionBuilder {
    private final ConnectionBuilder builder;

    Builder(ConnectionBuilder builder) {
      this.builder = builder;
    }

    @Override
    public ConnectionBuilder user(String username) {
      builder.user(username);
      return this;
    }

    @Override
    public ConnectionBuilder password(String password) {
      builder.password(password);
      return this;
    }

    @Override
    public ConnectionBuilder shardingKey(ShardingKey shardingKey) {
      builder.shardingKey(shardingKey);
      return this;
    }

    @Override
    public ConnectionBuilder superShardingKey(ShardingKey superShardingKey) {
      builder.superShardingKey(superShardingKey);
      return this;
    }

    @Override
    public Connection build() throws SQLException {
      return ix.connection(builder.build());
    }
  }
}
