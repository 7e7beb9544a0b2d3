package dev.cairn.bench.tools;

import dev.cairn.embedded.ScratchDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database a tool runs against: its JDBC URL and credentials. Every tool connects on its own,
 * from these, the way its users configure it.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/database}, without credentials
 * @param user the user
 * @param password the password (empty for the embedded server)
 */
public record Target(String jdbcUrl, String user, String password) {

  /**
   * The target of a scratch database.
   *
   * @param db the database
   * @return its target
   */
  public static Target of(ScratchDatabase db) {
    return new Target(db.jdbcUrl(), db.user(), db.password());
  }

  /**
   * The password, or null when there is none (some tools reject an empty one).
   *
   * @return the password or null
   */
  public String passwordOrNull() {
    return password == null || password.isEmpty() ? null : password;
  }

  /**
   * A data source without a pool (each {@code getConnection} opens a connection).
   *
   * @return the data source
   */
  public PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    ds.setUser(user);
    if (passwordOrNull() != null) {
      ds.setPassword(password);
    }
    return ds;
  }

  /**
   * The host, for psql.
   *
   * @return the host name
   */
  public String host() {
    return uri().getHost();
  }

  /**
   * The port, for psql.
   *
   * @return the port
   */
  public int port() {
    int port = uri().getPort();
    return port < 0 ? 5432 : port;
  }

  /**
   * The database name, for psql.
   *
   * @return the name
   */
  public String database() {
    String path = uri().getPath();
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private URI uri() {
    String rest = jdbcUrl.substring("jdbc:".length());
    int q = rest.indexOf('?');
    return URI.create(q < 0 ? rest : rest.substring(0, q));
  }

  /**
   * Runs a query returning one value.
   *
   * @param sql the query
   * @return the first column of the first row, as text (null when there is no row)
   */
  public String queryOne(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed on " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return jdbcUrl + " as " + user;
  }
}
