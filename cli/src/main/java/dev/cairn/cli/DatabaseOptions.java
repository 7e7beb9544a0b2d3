package dev.cairn.cli;

import dev.cairn.runtime.Cairn;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The target database and revision-table options shared by {@code migrate apply}, {@code status}
 * and {@code set} (a picocli mixin). URL, user and password fall back to the environment variables
 * {@code CAIRN_URL}, {@code CAIRN_USER} and {@code CAIRN_PASSWORD}; the password is never printed.
 */
public final class DatabaseOptions {
  /** Where environment variables come from; tests replace it. */
  static UnaryOperator<String> environment = System::getenv;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--url",
      paramLabel = "JDBC_URL",
      description =
          "Target database, e.g. jdbc:postgresql://db:5432/app (credentials may be in the URL)."
              + " Default: $CAIRN_URL.")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "Database user. Default: $CAIRN_USER, or the user in the URL.")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "Database password (prefer $CAIRN_PASSWORD: arguments show up in process lists)."
              + " Never printed.")
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
      converter = DurationConverter.class,
      description =
          "How long to wait for another migrator's lock, e.g. 30s, 5m, 500ms (default 10m).")
  Duration lockTimeout;

  @Option(
      names = "--connect-retry",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long to retry an unreachable database, e.g. 0, 10s (default 30s). Rejected"
              + " credentials are never retried.")
  Duration connectRetry;

  /**
   * A Cairn configuration for the database and the directory.
   *
   * @param dir the directory option
   * @return the builder, ready for command-specific options
   */
  Cairn.Builder configure(DirOption dir) {
    String u = url();
    if (u == null || u.isBlank()) {
      throw new ParameterException(
          mixee.commandLine(),
          "No database given: pass --url jdbc:postgresql://HOST:PORT/DB or set CAIRN_URL");
    }
    String usr = user != null ? user : environment.apply("CAIRN_USER");
    String pw = password != null ? password : environment.apply("CAIRN_PASSWORD");
    return options(Cairn.configure().url(u, usr, pw).directory(dir.value()));
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

  /** The target URL: {@code --url}, else {@code CAIRN_URL}; null when neither is set. */
  String url() {
    return url != null ? url : environment.apply("CAIRN_URL");
  }

  /**
   * Whether the target is {@code embedded:postgres[:N]}: a throwaway database on the embedded
   * server rather than a database of the user's.
   */
  boolean embedded() {
    String u = url();
    return u != null && u.strip().toLowerCase(Locale.ROOT).startsWith("embedded:");
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

  /** Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code PT30S} or plain seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (v.startsWith("pt") || v.startsWith("p")) {
          return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
        }
        if (v.endsWith("s")) {
          return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()));
        }
        if (v.endsWith("m")) {
          return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).trim()));
        }
        if (v.endsWith("h")) {
          return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1).trim()));
        }
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (RuntimeException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration; use e.g. 500ms, 30s, 5m, 1h or PT30S");
      }
    }
  }
}
