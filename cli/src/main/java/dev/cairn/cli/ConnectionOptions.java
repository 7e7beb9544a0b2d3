package dev.cairn.cli;

import dev.cairn.cli.internal.DatabaseUrls;
import dev.cairn.runtime.Cairn;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The target-database options shared by commands that connect (a picocli mixin): {@code --url},
 * {@code --user}, {@code --password} and {@code --connect-timeout}.
 *
 * <p>Credentials may come from the URL ({@code jdbc:postgresql://h/db?user=u&password=p} or {@code
 * postgres://u:p@h/db}), from {@code --user}/{@code --password}, from the environment variables
 * {@code CAIRN_URL}, {@code CAIRN_USER} and {@code CAIRN_PASSWORD}, or from a {@code cairn.yaml}
 * environment; {@code --user}/{@code --password} win over credentials in the URL. {@link
 * #display()} is the only form meant for output: it never contains the password.
 */
public final class ConnectionOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-u", "--url"},
      paramLabel = "URL",
      description =
          "Target database: jdbc:postgresql://HOST:PORT/DB or postgres://USER:PASSWORD@HOST:PORT/DB"
              + " (env CAIRN_URL).")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "Database user, overriding one in the URL (env CAIRN_USER).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "Database password, overriding one in the URL (env CAIRN_PASSWORD; prefer the variable:"
              + " command lines are visible to other users of the machine). Never printed.")
  String password;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description =
          "How long to keep retrying, with backoff, while the database is unreachable before"
              + " giving up with exit code 3; rejected credentials are not retried."
              + " Default: ${DEFAULT-VALUE}")
  Duration connectTimeout = Duration.ofSeconds(30);

  /**
   * Whether a database URL was given (on the command line, in the environment or the project
   * configuration).
   *
   * @return true when there is a URL
   */
  public boolean present() {
    return url != null && !url.isBlank();
  }

  /**
   * The JDBC URL without credentials.
   *
   * @return e.g. {@code jdbc:postgresql://db:5432/app?sslmode=require}
   * @throws ParameterException when no URL was given or it is not a PostgreSQL URL
   */
  public String jdbcUrl() {
    return parsed().jdbcUrl();
  }

  /**
   * The user: {@code --user}, else the URL's.
   *
   * @return the user, if any
   * @throws ParameterException when no URL was given or it is not a PostgreSQL URL
   */
  public Optional<String> user() {
    return Optional.ofNullable(user != null ? user : parsed().user());
  }

  /**
   * The password: {@code --password}, else the URL's. Never print it.
   *
   * @return the password, if any
   * @throws ParameterException when no URL was given or it is not a PostgreSQL URL
   */
  public Optional<String> password() {
    return Optional.ofNullable(password != null ? password : parsed().password());
  }

  /**
   * How long to retry an unreachable database.
   *
   * @return the retry budget
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The database for messages: the URL without credentials, and the user.
   *
   * @return e.g. {@code jdbc:postgresql://db:5432/app (user app)}; {@code (no database URL)} when
   *     none was given
   */
  public String display() {
    if (!present()) {
      return "(no database URL)";
    }
    try {
      DatabaseUrls.Parsed p = DatabaseUrls.parse(url);
      String u = user != null ? user : p.user();
      return p.jdbcUrl() + (u == null ? "" : " (user " + u + ")");
    } catch (IllegalArgumentException e) {
      return DatabaseUrls.redact(url);
    }
  }

  /**
   * Points a runtime configuration at this database: URL, credentials and the bounded connection
   * retry ({@code --connect-timeout}), so an unreachable database fails with {@link
   * dev.cairn.runtime.ErrorCode#DATABASE_UNREACHABLE} (exit code 3) once the budget is spent.
   *
   * <pre>{@code
   * Cairn cairn = db.configure(Cairn.configure().directory(dir.value())).load();
   * }</pre>
   *
   * @param builder the runtime configuration
   * @return the same builder
   * @throws ParameterException when no URL was given or it is not a PostgreSQL URL
   */
  public Cairn.Builder configure(Cairn.Builder builder) {
    return builder
        .url(jdbcUrl(), user().orElse(null), password().orElse(null))
        .connectRetry(connectTimeout);
  }

  @Override
  public String toString() {
    return "ConnectionOptions[" + display() + "]";
  }

  private DatabaseUrls.Parsed parsed() {
    if (!present()) {
      throw new ParameterException(
          mixee.commandLine(),
          "no database URL: give --url jdbc:postgresql://HOST:PORT/DB, set CAIRN_URL, or select a"
              + " cairn.yaml environment with --env NAME");
    }
    try {
      return DatabaseUrls.parse(url);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--url: " + e.getMessage());
    }
  }
}
