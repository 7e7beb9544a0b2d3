package dev.cairn.maven;

import dev.cairn.diff.DatabaseUrl;
import dev.cairn.maven.internal.Durations;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Goals that connect to a target database. Credentials, first found wins: {@code user}/{@code
 * password} parameters; the {@code <server>} named by {@code serverId} in {@code settings.xml}
 * (password encryption supported); the environment variables {@code CAIRN_USER}/{@code
 * CAIRN_PASSWORD}; the URL. Prefer {@code serverId} or the environment variables: Maven's {@code
 * -X} output lists plugin parameters, so a {@code password} parameter would appear there, while
 * Cairn itself never logs it.
 */
public abstract class AbstractConnectingMojo extends AbstractCairnMojo {
  /**
   * The target database: {@code jdbc:postgresql://HOST:PORT/DB} or {@code
   * postgres://USER:PASSWORD@HOST:PORT/DB}. Default: the environment variable {@code CAIRN_URL}.
   */
  @Parameter(property = "cairn.url")
  String url;

  /** The database user, overriding one in the URL. Default: {@code CAIRN_USER}. */
  @Parameter(property = "cairn.user")
  String user;

  /**
   * The database password, overriding one in the URL. Default: {@code CAIRN_PASSWORD}. Never logged
   * by Cairn; see the class documentation for {@code -X}.
   */
  @Parameter(property = "cairn.password")
  String password;

  /** The id of a {@code <server>} in {@code settings.xml} holding the user and password. */
  @Parameter(property = "cairn.serverId")
  String serverId;

  /**
   * How long to keep retrying, with backoff, while the database is unreachable (e.g. a container
   * still starting), before failing. Rejected credentials are never retried.
   */
  @Parameter(property = "cairn.connectRetry", defaultValue = "30s")
  String connectRetry;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Inject SettingsDecrypter decrypter;

  /** Creates the goal (Maven instantiates it). */
  protected AbstractConnectingMojo() {}

  /**
   * Whether a database URL was configured (parameter or {@code CAIRN_URL}).
   *
   * @return true when there is one
   */
  protected boolean hasDatabase() {
    return configuredUrl() != null;
  }

  private String configuredUrl() {
    if (url != null && !url.isBlank()) {
      return url;
    }
    String env = env("CAIRN_URL");
    return env == null || env.isBlank() ? null : env;
  }

  /**
   * The runtime for the configured database and the migration directory.
   *
   * @return a builder to add goal-specific options to
   */
  protected Cairn.Builder cairn() {
    DatabaseUrl target = target();
    return Cairn.configure()
        .url(target.jdbcUrl(), target.user(), target.password())
        .directory(directory())
        .connectRetry(connectRetry());
  }

  /**
   * The configured database with its credentials resolved (see the class documentation), logged
   * once without the password; the PostgreSQL driver is registered.
   *
   * @return the database
   */
  protected DatabaseUrl target() {
    String u = configuredUrl();
    if (u == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "no database URL: set <url> in the plugin configuration, -Dcairn.url=…, or the"
              + " environment variable CAIRN_URL");
    }
    String serverUser = null;
    String serverPassword = null;
    if (serverId != null && !serverId.isBlank()) {
      Server server = server(serverId);
      serverUser = server.getUsername();
      serverPassword = server.getPassword();
    }
    DatabaseUrl target =
        DatabaseUrl.parse(
            u,
            first(user, serverUser, env("CAIRN_USER")),
            first(password, serverPassword, env("CAIRN_PASSWORD")));
    loadDriver();
    getLog().info("Database: " + target.display());
    return target;
  }

  /**
   * The configured retry budget for an unreachable database.
   *
   * @return the budget
   */
  protected java.time.Duration connectRetry() {
    return Durations.parse("connectRetry", connectRetry);
  }

  private Server server(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "serverId '" + id + "' names no <server> in settings.xml");
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem p : result.getProblems()) {
      if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "cannot decrypt the password of server '" + id + "': " + p.getMessage());
      }
    }
    return result.getServer();
  }

  /**
   * Registers the PostgreSQL driver of the plugin's class realm: {@code DriverManager} finds
   * drivers through the class loader that first used it, which in a Maven JVM may be another
   * plugin's.
   */
  private static void loadDriver() {
    try {
      Class.forName("org.postgresql.Driver", true, AbstractConnectingMojo.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new CairnException(
          ErrorCode.INTERNAL_ERROR, "the PostgreSQL JDBC driver is missing from the plugin", e);
    }
  }

  private static String env(String name) {
    return System.getenv(name);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
