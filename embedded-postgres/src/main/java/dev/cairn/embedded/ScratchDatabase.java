package dev.cairn.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created for one test or one dev-database operation, dropped on {@link #close()}. Its
 * credentials are the server's; {@link #toString()} never shows the password.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final PostgresServer server;
  private final String name;
  private final PGSimpleDataSource dataSource;
  private volatile boolean closed;

  ScratchDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
    this.dataSource = server.dataSource(name);
  }

  /**
   * The database name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * A JDBC URL for this database, without credentials.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return server.jdbcUrl(name);
  }

  /**
   * The user name to connect with.
   *
   * @return the user
   */
  public String user() {
    return server.user();
  }

  /**
   * The password to connect with (may be empty for the embedded server).
   *
   * @return the password
   */
  public String password() {
    return server.password();
  }

  /**
   * A DataSource opening new connections to this database.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Opens a new connection to this database.
   *
   * @return a connection the caller must close
   * @throws SQLException when the connection fails
   */
  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** The server this database lives on. @return the server */
  public PostgresServer server() {
    return server;
  }

  /** Drops the database, terminating any connection still open to it. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      server.dropDatabase(name);
    }
  }

  @Override
  public String toString() {
    return "ScratchDatabase[" + jdbcUrl() + ", user=" + user() + "]";
  }
}
