package dev.cairn.embedded;

import dev.cairn.embedded.internal.BinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that hands out fresh, isolated databases: an embedded server (started lazily,
 * once per JVM and version, stopped at JVM exit) or an existing server given by JDBC URL.
 *
 * <p>{@link #shared()} is what tests and Cairn's default dev database use. It honours two settings,
 * each a system property or an environment variable:
 *
 * <ul>
 *   <li>{@code cairn.test.jdbc-url} / {@code CAIRN_TEST_JDBC_URL} (with {@code
 *       CAIRN_TEST_JDBC_USER} and {@code CAIRN_TEST_JDBC_PASSWORD}): use that server instead of an
 *       embedded one; databases are created on it and dropped after use;
 *   <li>{@code cairn.postgres.version} / {@code CAIRN_POSTGRES_VERSION}: the embedded major
 *       version, 15 to 18 (default 17).
 * </ul>
 */
public final class PostgresServer {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
  private static final Map<String, PostgresServer> SHARED = new ConcurrentHashMap<>();
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String host;
  private final int port;
  private final String adminDatabase;
  private final String user;
  private final String password;
  private final String urlSuffix;
  private final EmbeddedPostgres embedded;
  private final String description;

  private PostgresServer(
      String host,
      int port,
      String adminDatabase,
      String user,
      String password,
      String urlSuffix,
      EmbeddedPostgres embedded,
      String description) {
    this.host = host;
    this.port = port;
    this.adminDatabase = adminDatabase;
    this.user = user;
    this.password = password == null ? "" : password;
    this.urlSuffix = urlSuffix;
    this.embedded = embedded;
    this.description = description;
  }

  /**
   * The server this JVM's tests and dev databases share, chosen by the settings described in the
   * class documentation.
   *
   * @return the shared server, started on first use
   */
  public static PostgresServer shared() {
    String url = setting("cairn.test.jdbc-url", "CAIRN_TEST_JDBC_URL");
    if (url != null && !url.isBlank()) {
      String u = setting("cairn.test.jdbc-user", "CAIRN_TEST_JDBC_USER");
      String p = setting("cairn.test.jdbc-password", "CAIRN_TEST_JDBC_PASSWORD");
      return external(url, u, p);
    }
    String v = setting("cairn.postgres.version", "CAIRN_POSTGRES_VERSION");
    return shared(v == null || v.isBlank() ? PostgresVersion.DEFAULT : PostgresVersion.parse(v));
  }

  /**
   * The embedded server of the given version, shared by the whole JVM.
   *
   * @param version the PostgreSQL version
   * @return the server, started on first use
   */
  public static PostgresServer shared(PostgresVersion version) {
    return SHARED.computeIfAbsent("embedded:" + version.binariesVersion(), k -> start(version));
  }

  /**
   * An existing server reached through a JDBC URL. Databases are created on it with {@code CREATE
   * DATABASE}, so the user needs the {@code CREATEDB} privilege.
   *
   * @param jdbcUrl a {@code jdbc:postgresql://host[:port]/database[?params]} URL
   * @param user the user, or {@code null} when the URL carries it
   * @param password the password, or {@code null}
   * @return the server (one instance per URL and user in this JVM)
   */
  public static PostgresServer external(String jdbcUrl, String user, String password) {
    ParsedUrl parsed = ParsedUrl.parse(jdbcUrl);
    String u = user != null ? user : parsed.param("user");
    String p = password != null ? password : parsed.param("password");
    String key = "external:" + parsed.host + ":" + parsed.port + "/" + parsed.database + "@" + u;
    PostgresServer server =
        SHARED.computeIfAbsent(
            key,
            k ->
                new PostgresServer(
                    parsed.host,
                    parsed.port,
                    parsed.database,
                    u == null ? System.getProperty("user.name") : u,
                    p,
                    parsed.suffixWithoutCredentials(),
                    null,
                    "PostgreSQL at " + parsed.host + ":" + parsed.port));
    server.checkReachable();
    return server;
  }

  private static PostgresServer start(PostgresVersion version) {
    long t0 = System.nanoTime();
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setPgBinaryResolver(new BinaryResolver(version.binariesVersion()))
              // A scratch server: durability buys nothing and costs most of the run time.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "300")
              .setServerConfig("max_locks_per_transaction", "256")
              .start();
      PostgresServer server =
          new PostgresServer(
              "localhost",
              pg.getPort(),
              "postgres",
              "postgres",
              "",
              "",
              pg,
              "embedded " + version + " on port " + pg.getPort());
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "cairn-postgres-stop"));
      LOG.info("Started {} in {} ms", server.description, (System.nanoTime() - t0) / 1_000_000);
      return server;
    } catch (IOException | RuntimeException e) {
      throw new DatabaseUnavailableException(
          "Could not start embedded "
              + version
              + ": "
              + e.getMessage()
              + ". Check that the temporary directory is writable and has ~100 MB free, or point"
              + " Cairn at an existing server (CAIRN_TEST_JDBC_URL for tests, --dev-url for the"
              + " CLI).",
          e);
    }
  }

  private void stop() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warn("Stopping {} failed: {}", description, e.getMessage());
      }
    }
  }

  private void checkReachable() {
    try (Connection c = dataSource(adminDatabase).getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Cannot connect to "
              + description
              + " as user '"
              + user
              + "': "
              + e.getMessage()
              + ". Check the URL, the credentials and that the server accepts connections.",
          e);
    }
  }

  /**
   * Creates a fresh, empty database (from {@code template0}).
   *
   * @return the database; close it to drop it
   */
  public ScratchDatabase createDatabase() {
    return createDatabase("cairn");
  }

  /**
   * Creates a fresh, empty database whose name starts with the given prefix.
   *
   * @param prefix lower-case letters, digits and underscores
   * @return the database; close it to drop it
   */
  public ScratchDatabase createDatabase(String prefix) {
    if (!prefix.matches("[a-z_][a-z0-9_]{0,30}")) {
      throw new IllegalArgumentException("Invalid database name prefix: " + prefix);
    }
    String name =
        prefix
            + "_"
            + ProcessHandle.current().pid()
            + "_"
            + COUNTER.incrementAndGet()
            + "_"
            + Long.toString(System.nanoTime() & 0xffffff, 36);
    String strategy = majorVersion() >= 15 ? " STRATEGY FILE_COPY" : "";
    execAdmin("CREATE DATABASE " + name + " TEMPLATE template0" + strategy);
    return new ScratchDatabase(this, name);
  }

  /**
   * The server's major version, read from the server.
   *
   * @return e.g. 17
   */
  public int majorVersion() {
    try (Connection c = dataSource(adminDatabase).getConnection()) {
      return c.getMetaData().getDatabaseMajorVersion();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  void dropDatabase(String name) {
    execAdmin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void execAdmin(String sql) {
    try (Connection c = dataSource(adminDatabase).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private DatabaseUnavailableException unavailable(SQLException e) {
    return new DatabaseUnavailableException(
        "Database operation on " + description + " failed: " + e.getMessage(), e);
  }

  PGSimpleDataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl(database));
    ds.setUser(user);
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    return ds;
  }

  /**
   * A JDBC URL (without credentials) for a database on this server.
   *
   * @param database the database name
   * @return the URL
   */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + urlSuffix;
  }

  /**
   * The user Cairn connects as.
   *
   * @return the user name
   */
  public String user() {
    return user;
  }

  String password() {
    return password;
  }

  /**
   * Whether this server was started by Cairn in this JVM.
   *
   * @return true for an embedded server
   */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /**
   * The TCP port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  @Override
  public String toString() {
    return description;
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    return v != null ? v : System.getenv(env);
  }

  /** A parsed {@code jdbc:postgresql:} URL; credentials are kept out of the suffix. */
  private static final class ParsedUrl {
    final String host;
    final int port;
    final String database;
    final Map<String, String> params;

    private ParsedUrl(String host, int port, String database, Map<String, String> params) {
      this.host = host;
      this.port = port;
      this.database = database;
      this.params = params;
    }

    static ParsedUrl parse(String url) {
      Objects.requireNonNull(url, "url");
      String prefix = "jdbc:postgresql://";
      if (!url.startsWith(prefix)) {
        throw new IllegalArgumentException(
            "Not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database): "
                + redact(url));
      }
      String rest = url.substring(prefix.length());
      String query = "";
      int q = rest.indexOf('?');
      if (q >= 0) {
        query = rest.substring(q + 1);
        rest = rest.substring(0, q);
      }
      int slash = rest.indexOf('/');
      String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
      String db = slash >= 0 ? rest.substring(slash + 1) : "";
      if (db.isEmpty()) {
        db = "postgres";
      }
      String h = hostPort;
      int p = 5432;
      int colon = hostPort.lastIndexOf(':');
      if (colon > 0 && !hostPort.endsWith("]")) {
        h = hostPort.substring(0, colon);
        p = Integer.parseInt(hostPort.substring(colon + 1));
      }
      Map<String, String> params = new java.util.LinkedHashMap<>();
      for (String kv : query.split("&")) {
        if (kv.isEmpty()) {
          continue;
        }
        int eq = kv.indexOf('=');
        String k = eq >= 0 ? kv.substring(0, eq) : kv;
        String v = eq >= 0 ? kv.substring(eq + 1) : "";
        params.put(k, java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8));
      }
      return new ParsedUrl(h, p, db, params);
    }

    String param(String name) {
      return params.get(name);
    }

    String suffixWithoutCredentials() {
      StringBuilder sb = new StringBuilder();
      params.forEach(
          (k, v) -> {
            if (!k.equals("user") && !k.equals("password")) {
              sb.append(sb.length() == 0 ? '?' : '&').append(k).append('=').append(v);
            }
          });
      return sb.toString();
    }

    static String redact(String url) {
      return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
  }
}
