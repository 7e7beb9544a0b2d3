package dev.cairn.diff.internal.drift;

import dev.cairn.diff.DatabaseUrl;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The database being checked or adopted: a DataSource (the starter's pool) or a URL with optional
 * credentials. Connection failures become {@link ErrorCode#DATABASE_UNREACHABLE} or {@link
 * ErrorCode#DATABASE_AUTHENTICATION_FAILED}; nothing printed ever carries the password.
 */
public final class LiveDatabase {
  private final DataSource dataSource;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private LiveDatabase(DataSource dataSource, String jdbcUrl, String user, String password) {
    this.dataSource = dataSource;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * A database reached through a DataSource.
   *
   * @param dataSource the data source
   * @return the database
   */
  public static LiveDatabase of(DataSource dataSource) {
    return new LiveDatabase(Objects.requireNonNull(dataSource, "dataSource"), null, null, null);
  }

  /**
   * A database reached through a URL.
   *
   * @param url {@code jdbc:postgresql://…} or {@code postgres://user:pass@host/db}
   * @param user the user, or null when the URL carries it
   * @param password the password, or null
   * @return the database
   */
  public static LiveDatabase of(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    DatabaseUrl parsed;
    try {
      parsed = DatabaseUrl.parse(url, user, password);
    } catch (IllegalArgumentException e) {
      throw new CairnException(ErrorCode.INVALID_CONFIGURATION, e.getMessage(), e);
    }
    return new LiveDatabase(null, parsed.jdbcUrl(), parsed.user(), parsed.password());
  }

  /**
   * Points a runtime configuration at this database.
   *
   * @param builder the runtime builder
   * @return the builder
   */
  public Cairn.Builder configure(Cairn.Builder builder) {
    return dataSource != null
        ? builder.dataSource(dataSource)
        : builder.url(jdbcUrl, user, password);
  }

  /**
   * What the database is, for messages.
   *
   * @return the URL without password, or the DataSource's class
   */
  public String describe() {
    return dataSource != null
        ? "the database of " + dataSource.getClass().getSimpleName()
        : DatabaseUrl.redact(jdbcUrl);
  }

  /**
   * Opens a connection (auto-commit on).
   *
   * @return the connection
   * @throws CairnException when the database cannot be reached or refuses the credentials
   */
  public Connection connect() {
    try {
      Connection c;
      if (dataSource != null) {
        c = dataSource.getConnection();
      } else {
        Properties p = new Properties();
        if (user != null) {
          p.setProperty("user", user);
        }
        if (password != null) {
          p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "cairn");
        c = DriverManager.getConnection(jdbcUrl, p);
      }
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      ErrorCode code =
          state.startsWith("28")
              ? ErrorCode.DATABASE_AUTHENTICATION_FAILED
              : state.startsWith("08") || state.isEmpty()
                  ? ErrorCode.DATABASE_UNREACHABLE
                  : ErrorCode.DATABASE_ERROR;
      throw new CairnException(
          code,
          "Cannot connect to "
              + describe()
              + ": "
              + redact(e.getMessage())
              + ". Check the URL, the credentials and that the server accepts connections.",
          e);
    }
  }

  /**
   * Removes the password from a text (a driver message may echo the URL).
   *
   * @param text the text, or null
   * @return the text without the password
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String t = DatabaseUrl.redact(text);
    if (password != null && !password.isEmpty()) {
      t = t.replace(password, "***");
    }
    return t;
  }
}
