package dev.cairn.test;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver that records into {@link StatementRecorder#global()}: a URL {@code
 * jdbc:cairn-record:<rest>} opens {@code jdbc:<rest>} with the real driver and wraps the
 * connection. Registered through {@code META-INF/services/java.sql.Driver}, so setting {@code
 * spring.datasource.url=jdbc:cairn-record:postgresql://host/db} (or any pool's URL) records a whole
 * application context, startup included, without code.
 */
public final class RecordingDriver implements Driver {
  /** The URL prefix this driver answers to. */
  public static final String PREFIX = "jdbc:cairn-record:";

  static {
    try {
      DriverManager.registerDriver(new RecordingDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Creates the driver (the service loader and {@code DriverManager} do). */
  public RecordingDriver() {}

  /**
   * The real URL behind a recording URL.
   *
   * @param url a {@code jdbc:cairn-record:…} URL
   * @return the {@code jdbc:…} URL of the real driver
   */
  public static String realUrl(String url) {
    return "jdbc:" + url.substring(PREFIX.length());
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null; // JDBC contract: not ours, let DriverManager try the next driver
    }
    String real = realUrl(url);
    Connection connection = DriverManager.getDriver(real).connect(real, info);
    return connection == null ? null : StatementRecorder.global().wrap(connection);
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    String real = realUrl(url);
    return DriverManager.getDriver(real).getPropertyInfo(real, info);
  }

  @Override
  public int getMajorVersion() {
    return 0;
  }

  @Override
  public int getMinorVersion() {
    return 1;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging in RecordingDriver");
  }
}
