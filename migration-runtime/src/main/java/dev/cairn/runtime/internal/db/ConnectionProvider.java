package dev.cairn.runtime.internal.db;

import dev.cairn.runtime.DatabaseConnectionException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the one connection a Cairn operation works on, from a {@link DataSource} or a JDBC URL
 * through {@link DriverManager}. Unreachable servers are retried with exponential backoff within a
 * time budget; rejected credentials and other definite answers fail at once. No message ever holds
 * the password.
 */
public final class ConnectionProvider {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.runtime");
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password=)[^&;\\s]*|(//[^/:@\\s]*:)[^/@\\s]*(@)");

  private final DataSource dataSource;
  private final String url;
  private final String user;
  private final String password;
  private final Duration retryBudget;

  private ConnectionProvider(
      DataSource dataSource, String url, String user, String password, Duration retryBudget) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
    this.retryBudget = retryBudget;
  }

  /**
   * Connections from a DataSource (a pool or a driver's own DataSource).
   *
   * @param dataSource the data source
   * @param retryBudget how long to keep retrying an unreachable server
   * @return the provider
   */
  public static ConnectionProvider of(DataSource dataSource, Duration retryBudget) {
    return new ConnectionProvider(dataSource, null, null, null, retryBudget);
  }

  /**
   * Connections from a JDBC URL through {@link DriverManager} (the driver is the caller's).
   *
   * @param url the JDBC URL (may carry credentials)
   * @param user the user, or null
   * @param password the password, or null
   * @param retryBudget how long to keep retrying an unreachable server
   * @return the provider
   */
  public static ConnectionProvider ofUrl(
      String url, String user, String password, Duration retryBudget) {
    return new ConnectionProvider(null, url, user, password, retryBudget);
  }

  /**
   * What the connection goes to, safe to print.
   *
   * @return the URL without credentials, or the DataSource's class
   */
  public String describe() {
    return url != null ? redact(url) : dataSource.getClass().getSimpleName();
  }

  /**
   * Removes passwords (the configured one and any in URLs) from text.
   *
   * @param text the text, or null
   * @return the text without passwords
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String t = URL_PASSWORD.matcher(text).replaceAll("$1$2***$3");
    if (password != null && password.length() >= 1) {
      t = t.replace(password, "***");
    }
    String urlPassword = url == null ? null : passwordInUrl(url);
    if (urlPassword != null && !urlPassword.isEmpty()) {
      t = t.replace(urlPassword, "***");
    }
    return t;
  }

  private static String passwordInUrl(String url) {
    java.util.regex.Matcher m = Pattern.compile("(?i)[?&;]password=([^&;]*)").matcher(url);
    if (m.find()) {
      String raw = m.group(1);
      try {
        return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return raw;
      }
    }
    return null;
  }

  /**
   * Opens a connection, retrying while the server is unreachable and the budget lasts.
   *
   * @return an open connection
   * @throws DatabaseConnectionException when the budget is spent or the server said no
   */
  public Connection connect() {
    if (url != null) {
      try {
        DriverManager.getDriver(url);
      } catch (SQLException e) {
        // DriverManager reports this with SQLSTATE 08001, like a refused connection; retrying
        // cannot help.
        throw new DatabaseConnectionException(
            ErrorCode.INVALID_CONFIGURATION,
            1,
            e.getSQLState(),
            "No JDBC driver accepts the URL "
                + describe()
                + ". Check the URL (PostgreSQL URLs start with jdbc:postgresql://) and that the"
                + " PostgreSQL JDBC driver (org.postgresql:postgresql) is on the classpath.",
            sanitized(e));
      }
    }
    long start = System.nanoTime();
    long deadline = start + retryBudget.toNanos();
    long backoffMs = 100;
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return open(deadline);
      } catch (SQLException e) {
        String state = e.getSQLState();
        Kind kind = classify(e);
        if (kind == Kind.AUTHENTICATION) {
          throw new DatabaseConnectionException(
              ErrorCode.DATABASE_AUTHENTICATION_FAILED,
              attempt,
              state,
              "The database at "
                  + describe()
                  + " rejected the connection"
                  + (user != null ? " for user '" + user + "'" : "")
                  + ": "
                  + redact(e.getMessage())
                  + (state != null ? " (SQLSTATE " + state + ")" : "")
                  + ". Check the user name and password (they were not retried), and that"
                  + " pg_hba.conf allows this user from this host.",
              sanitized(e));
        }
        if (kind == Kind.FATAL) {
          throw new DatabaseConnectionException(
              ErrorCode.DATABASE_UNREACHABLE,
              attempt,
              state,
              "Cannot connect to "
                  + describe()
                  + ": "
                  + redact(e.getMessage())
                  + (state != null ? " (SQLSTATE " + state + ")" : "")
                  + ". Check the JDBC URL, that the database exists and that the PostgreSQL JDBC"
                  + " driver is on the classpath.",
              sanitized(e));
        }
        long now = System.nanoTime();
        long remainingMs = (deadline - now) / 1_000_000;
        if (remainingMs <= 0) {
          throw new DatabaseConnectionException(
              ErrorCode.DATABASE_UNREACHABLE,
              attempt,
              state,
              "Cannot reach the database at "
                  + describe()
                  + " after "
                  + attempt
                  + (attempt == 1 ? " attempt" : " attempts")
                  + " in "
                  + Duration.ofNanos(now - start).toMillis()
                  + " ms: "
                  + redact(e.getMessage())
                  + (state != null ? " (SQLSTATE " + state + ")" : "")
                  + ". Check that the server is running and reachable from here (host, port,"
                  + " firewall), or allow more time with a longer connect retry budget.",
              sanitized(e));
        }
        long sleep = Math.min(backoffMs, remainingMs);
        LOG.info(
            "Database at {} not reachable yet ({}); retrying in {} ms",
            describe(),
            redact(e.getMessage()),
            sleep);
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new DatabaseConnectionException(
              ErrorCode.DATABASE_UNREACHABLE,
              attempt,
              state,
              "Interrupted while waiting to retry the connection to " + describe() + ".",
              sanitized(e));
        }
        backoffMs = Math.min(backoffMs * 2, 5_000);
      }
    }
  }

  private Connection open(long deadlineNanos) throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    if (!url.toLowerCase(java.util.Locale.ROOT).contains("connecttimeout=")) {
      // One attempt must not outlive the whole retry budget (pgjdbc waits 10 s by default).
      long remainingS = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000_000L);
      props.setProperty("connectTimeout", Long.toString(Math.min(10, remainingS)));
    }
    try {
      return DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      // DriverManager's "No suitable driver found for <url>" repeats the URL verbatim.
      SQLException clean = new SQLException(redact(e.getMessage()), e.getSQLState(), e);
      throw clean;
    }
  }

  private enum Kind {
    RETRY,
    AUTHENTICATION,
    FATAL
  }

  private static Kind classify(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      // pgjdbc sets a state for every server or socket failure; no state means no driver.
      return Kind.FATAL;
    }
    if (state.startsWith("28")) {
      return Kind.AUTHENTICATION;
    }
    if (state.startsWith("08") || state.equals("57P03") || state.equals("53300")) {
      // connection exception, server starting up/shutting down, too many connections
      return Kind.RETRY;
    }
    if (state.equals("57P01") || state.equals("57P02")) {
      return Kind.RETRY;
    }
    return Kind.FATAL;
  }

  /**
   * A copy of the exception chain whose messages are redacted, for use as a cause.
   *
   * @param e the original
   * @return the redacted copy
   */
  public SQLException sanitized(SQLException e) {
    SQLException root = e;
    // Unwrap our own redacting wrapper from open().
    if (e.getCause() instanceof SQLException && e.getClass() == SQLException.class) {
      root = (SQLException) e.getCause();
    }
    SQLException copy = new SQLException(redact(root.getMessage()), root.getSQLState());
    copy.setStackTrace(root.getStackTrace());
    return copy;
  }
}
