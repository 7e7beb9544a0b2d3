package dev.cairn.cli;

import dev.cairn.diff.DatabaseUrl;
import dev.cairn.runtime.Cairn;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The target database and revision-table options shared by the commands that connect ({@code
 * migrate apply}, {@code status}, {@code set}, …), a picocli mixin.
 *
 * <p>Credentials may come from the URL ({@code jdbc:postgresql://h/db?user=u&password=p} or the
 * libpq form {@code postgres://u:p@h/db}), from {@code --user}/{@code --password}, from the
 * environment variables {@code CAIRN_URL}, {@code CAIRN_USER} and {@code CAIRN_PASSWORD}, or from a
 * {@code cairn.yaml} environment; {@code --user}/{@code --password} win over credentials in the
 * URL. {@link #display()} is the only form meant for output: it never contains the password. An
 * unreachable database is retried with backoff for {@code --connect-retry} (30 s by default), then
 * the command fails with exit code 3.
 */
public final class DatabaseOptions {
  /** Where environment variables come from; tests replace it. */
  static UnaryOperator<String> environment = System::getenv;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Target database: jdbc:postgresql://HOST:PORT/DB or postgres://USER:PASSWORD@HOST:PORT/DB"
              + " (credentials may be in the URL). Default: $CAIRN_URL.")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "Database user, overriding one in the URL. Default: $CAIRN_USER.")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "Database password, overriding one in the URL (prefer $CAIRN_PASSWORD: arguments show up"
              + " in process lists). Never printed.")
  String password;

  @Option(
      names = "--revisions-schema",
      paramLabel = "SCHEMA",
      description =
          "Schema of the revision table (default atlas_schema_revisions, as Atlas). Give the"
              + " Atlas project's --revisions-schema to continue its history.")
  String revisionsSchema;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      description =
          "How long to wait for another migrator's lock, e.g. 30s, 5m, 500ms (default 10m).")
  Duration lockTimeout;

  @Option(
      names = "--connect-retry",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description =
          "How long to retry an unreachable database, with backoff, before exiting with code 3,"
              + " e.g. 0, 10s. Rejected credentials are never retried. Default: ${DEFAULT-VALUE}")
  Duration connectRetry;

  /**
   * A Cairn configuration for the database and the directory.
   *
   * @param dir the directory option
   * @return the builder, ready for command-specific options
   * @throws ParameterException when no URL was given or it is not a PostgreSQL URL
   */
  public Cairn.Builder configure(DirOption dir) {
    return options(
        Cairn.configure()
            .url(jdbcUrl(), user().orElse(null), password().orElse(null))
            .directory(dir.value()));
  }

  /**
   * A Cairn configuration for a database Cairn provides itself (see {@link #embedded()}); the
   * revision-table and timing options still apply.
   *
   * @param dir the directory option
   * @param dataSource the database
   * @return the builder, ready for command-specific options
   */
  Cairn.Builder configure(DirOption dir, DataSource dataSource) {
    return options(Cairn.configure().dataSource(dataSource).directory(dir.value()));
  }

  /**
   * Whether the target is {@code embedded:postgres[:N]}: a throwaway database on the embedded
   * server rather than a database of the user's.
   */
  boolean embedded() {
    String u = rawUrl();
    return u != null && u.strip().toLowerCase(Locale.ROOT).startsWith("embedded:");
  }

  /** The URL as given ({@code --url}, else {@code CAIRN_URL}), or null. */
  String url() {
    return rawUrl();
  }

  private Cairn.Builder options(Cairn.Builder b) {
    if (revisionsSchema != null) {
      b.revisionsSchema(revisionsSchema);
    }
    if (lockTimeout != null) {
      b.lockTimeout(lockTimeout);
    }
    if (connectRetry != null) {
      b.connectRetry(connectRetry);
    }
    return b;
  }

  /**
   * Whether a database URL was given (option, {@code cairn.yaml} or {@code CAIRN_URL}).
   *
   * @return true when there is one
   */
  public boolean present() {
    String u = rawUrl();
    return u != null && !u.isBlank();
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
   * The user: {@code --user}, {@code CAIRN_USER}, else the URL's.
   *
   * @return the user, if any
   */
  public Optional<String> user() {
    String u = user != null ? user : environment.apply("CAIRN_USER");
    return Optional.ofNullable(u != null && !u.isBlank() ? u : parsed().user());
  }

  /**
   * The password: {@code --password}, {@code CAIRN_PASSWORD}, else the URL's. Never print it.
   *
   * @return the password, if any
   */
  public Optional<String> password() {
    String p = password != null ? password : environment.apply("CAIRN_PASSWORD");
    return Optional.ofNullable(p != null && !p.isEmpty() ? p : parsed().password());
  }

  /**
   * How long an unreachable database is retried.
   *
   * @return the retry budget
   */
  public Duration connectRetry() {
    return connectRetry;
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
      return jdbcUrl() + user().map(u -> " (user " + u + ")").orElse("");
    } catch (ParameterException e) {
      return DatabaseUrl.redact(rawUrl());
    }
  }

  @Override
  public String toString() {
    return "DatabaseOptions[" + display() + "]";
  }

  private String rawUrl() {
    return url != null ? url : environment.apply("CAIRN_URL");
  }

  private DatabaseUrl parsed() {
    if (!present()) {
      throw new ParameterException(
          mixee.commandLine(),
          "No database given: pass --url jdbc:postgresql://HOST:PORT/DB, set CAIRN_URL, or select"
              + " a cairn.yaml environment with --env NAME");
    }
    try {
      return DatabaseUrl.parse(rawUrl());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--url: " + e.getMessage());
    }
  }
}
