package dev.cairn.diff;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A clean database handed out by {@link DevDatabase#acquire()} for one operation. {@link #close()}
 * drops it (or, when the dev database is a database the user gave, removes everything created in
 * it).
 */
public interface CleanDatabase extends AutoCloseable {

  /**
   * The database name.
   *
   * @return the name
   */
  String name();

  /**
   * A JDBC URL to this database, without credentials.
   *
   * @return the URL
   */
  String jdbcUrl();

  /**
   * A data source for this database, with credentials.
   *
   * @return the data source
   */
  DataSource dataSource();

  /**
   * Opens a connection to this database.
   *
   * @return a new connection the caller closes
   * @throws SQLException when the connection fails
   */
  default Connection connect() throws SQLException {
    return dataSource().getConnection();
  }

  /** Drops or cleans the database. */
  @Override
  void close();
}
