package dev.cairn.diff.internal.dev;

import dev.cairn.diff.DatabaseUrl;
import dev.cairn.diff.DevDatabase;
import dev.cairn.embedded.DatabaseUnavailableException;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.PostgresVersion;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/** Turns a dev-database URL into a {@link DevDatabase}. */
public final class DevUrls {
  private static final String FORMS =
      "Use embedded:postgres:17 (or 15, 16, 18; the default), docker://postgres/17, a JDBC URL"
          + " jdbc:postgresql://host:port/database or postgres://user:password@host:port/database.";

  private DevUrls() {}

  /**
   * Opens the dev database a URL names.
   *
   * @param url the URL
   * @param user the user, or {@code null} to take it from the URL
   * @param password the password, or {@code null}
   * @return the dev database
   */
  public static DevDatabase open(String url, String user, String password) {
    String u = url == null ? "" : url.strip();
    if (u.isEmpty() || u.toLowerCase(Locale.ROOT).startsWith("embedded:") || u.equals("embedded")) {
      return embedded(u);
    }
    if (u.startsWith("docker://")) {
      return docker(u);
    }
    if (DatabaseUrl.isDatabaseUrl(u)) {
      DatabaseUrl parsed;
      try {
        parsed = DatabaseUrl.parse(u, user, password);
      } catch (IllegalArgumentException e) {
        throw new CairnException(
            ErrorCode.DEV_DATABASE_UNAVAILABLE, e.getMessage() + ". " + FORMS, e);
      }
      return jdbc(parsed.jdbcUrl(), parsed.user(), parsed.password(), parsed.display());
    }
    throw new CairnException(
        ErrorCode.DEV_DATABASE_UNAVAILABLE,
        "Unknown dev database URL '" + redact(u) + "'. " + FORMS);
  }

  private static DevDatabase embedded(String url) {
    String rest = url.contains(":") ? url.substring(url.indexOf(':') + 1) : "";
    PostgresVersion version;
    try {
      version =
          rest.isEmpty() || rest.equals("postgres")
              ? PostgresVersion.DEFAULT
              : PostgresVersion.parse(rest);
    } catch (IllegalArgumentException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Unknown dev database URL '" + url + "': " + e.getMessage() + " " + FORMS,
          e);
    }
    PostgresServer server;
    try {
      server = PostgresServer.shared(version);
    } catch (DatabaseUnavailableException e) {
      throw new CairnException(ErrorCode.DEV_DATABASE_UNAVAILABLE, e.getMessage(), e);
    }
    return new ServerDevDatabase(server, server.toString(), null);
  }

  private static DevDatabase docker(String url) {
    // docker://postgres/17 or docker://postgres/17-alpine → image postgres:17[-alpine]
    String rest = url.substring("docker://".length());
    int slash = rest.indexOf('/');
    String image = slash < 0 ? rest : rest.substring(0, slash) + ":" + rest.substring(slash + 1);
    if (!image.matches("[a-z0-9._/-]+(:[A-Za-z0-9._-]+)?") || image.isEmpty()) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE, "Unknown dev database URL '" + url + "'. " + FORMS);
    }
    if (!image.contains(":")) {
      image = image + ":" + PostgresVersion.DEFAULT.major();
    }
    try {
      Class.forName(
          "org.testcontainers.DockerClientFactory", false, DevUrls.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "The dev database "
              + url
              + " needs Testcontainers, which is not on the classpath. Add"
              + " org.testcontainers:testcontainers-postgresql to your build, or use the embedded"
              + " dev database, which needs neither Docker nor extra libraries: --dev-url"
              + " embedded:postgres:17.",
          e);
    }
    return DockerDevDatabase.start(image, url);
  }

  private static DevDatabase jdbc(String jdbcUrl, String user, String password, String shown) {
    PostgresServer server;
    try {
      server = PostgresServer.external(jdbcUrl, user, password);
    } catch (DatabaseUnavailableException | IllegalArgumentException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Cannot use " + shown + " as dev database: " + DatabaseUrl.redact(e.getMessage()),
          e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    if (user != null) {
      ds.setUser(user);
    }
    if (password != null) {
      ds.setPassword(password);
    }
    String database;
    String role;
    boolean mayCreate;
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_database(), current_user, rolcreatedb OR rolsuper"
                    + " FROM pg_roles WHERE rolname = current_user")) {
      rs.next();
      database = rs.getString(1);
      role = rs.getString(2);
      mayCreate = rs.getBoolean(3);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Cannot connect to the dev database " + shown + ": " + DatabaseUrl.redact(e.getMessage()),
          e);
    }
    if (mayCreate) {
      return new ServerDevDatabase(
          server, server + " (scratch databases created by user " + role + ")", null);
    }
    String where = "database " + database + " on " + server;
    return new DirectDevDatabase(
        ds,
        database,
        server.jdbcUrl(database),
        where,
        "User "
            + role
            + " may not create databases, so Cairn uses "
            + where
            + " itself as the dev database instead of creating scratch databases.");
  }

  /**
   * Converts an Atlas-style {@code postgres://user:password@host:port/db?params} URL.
   *
   * @param url the URL
   * @return the JDBC URL, credentials as parameters
   */
  public static String toJdbc(String url) {
    return DatabaseUrl.parse(url).jdbcUrlWithCredentials();
  }

  /**
   * A URL as it may appear in a message: passwords replaced.
   *
   * @param url any URL
   * @return the URL with {@code password=…} and {@code user:password@} hidden
   */
  public static String redact(String url) {
    return DatabaseUrl.redact(url);
  }
}
