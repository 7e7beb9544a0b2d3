package dev.cairn.runtime;

import dev.cairn.runtime.internal.apply.CairnVersion;
import dev.cairn.runtime.internal.apply.DirectorySource;
import dev.cairn.runtime.internal.apply.Engine;
import dev.cairn.runtime.internal.apply.Planner;
import dev.cairn.runtime.internal.apply.ScriptSource;
import dev.cairn.runtime.internal.db.AdvisoryLock;
import dev.cairn.runtime.internal.db.ConnectionProvider;
import dev.cairn.runtime.internal.db.RevisionTable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Cairn's migration runtime: applies an Atlas-compatible migration directory to a PostgreSQL
 * database and records what it did in an Atlas-compatible revision table.
 *
 * <pre>{@code
 * MigrateResult result = Cairn.configure()
 *     .dataSource(dataSource)
 *     .directory("classpath:db/migrations")
 *     .load()
 *     .migrate();
 * }</pre>
 *
 * <p>Every operation verifies {@code atlas.sum} before it connects, and every applied file against
 * the revision table before anything runs. {@link #migrate()} takes a session-level advisory lock
 * (the key the Atlas CLI uses, so Cairn and Atlas never migrate one database at the same time), so
 * many instances can start together: one applies, the others wait and then find nothing to do.
 *
 * <p>Instances are immutable and thread-safe; each operation opens and closes its own connection.
 */
public final class Cairn {
  private final Engine engine;

  private Cairn(Engine engine) {
    this.engine = engine;
  }

  /**
   * Starts a configuration.
   *
   * @return a new builder
   */
  public static Builder configure() {
    return new Builder();
  }

  /**
   * Applies every pending migration file.
   *
   * @return what was applied
   * @throws CairnException (or a subclass such as {@link MigrationFailedException}, {@link
   *     LockTimeoutException}, {@link ChecksumMismatchException}) when something is wrong
   */
  public MigrateResult migrate() {
    return engine.migrate();
  }

  /**
   * Computes what {@link #migrate()} would execute, without executing or recording anything and
   * without taking the lock.
   *
   * @return the files and statements a real run would execute
   */
  public DryRunResult dryRun() {
    return engine.dryRun();
  }

  /**
   * Reports the database's migration state: current version, applied and pending files, and a
   * partially applied file with its error. Reads only.
   *
   * @return the status
   */
  public MigrationStatus status() {
    return engine.status();
  }

  /**
   * Checks the directory against {@code atlas.sum} and, when a database is configured, the applied
   * files against the revision table. Executes nothing.
   *
   * @return what was checked
   */
  public ValidationResult validate() {
    return engine.validate();
  }

  /**
   * Records {@code version} as the baseline of a database that has no revisions yet: its schema is
   * taken to reflect every file up to and including that version, and later files are applied on
   * top. Executes no migration statement.
   *
   * @param version the version of an existing migration file
   * @return the recorded version
   */
  public SetResult baseline(String version) {
    return engine.baseline(Objects.requireNonNull(version, "version"));
  }

  /**
   * Moves the revision history to {@code version}, like {@code atlas migrate set}: revisions after
   * it are removed, files up to it that have no revision are marked applied, and a failed revision
   * at it is marked resolved. Executes no migration statement; runs under the migration lock.
   *
   * @param version the version of an existing migration file
   * @return what changed
   */
  public SetResult set(String version) {
    return engine.set(Objects.requireNonNull(version, "version"));
  }

  /**
   * Marks the given versions applied without executing them; a failed (partially applied) one is
   * marked resolved. Runs under the migration lock.
   *
   * @param versions versions of existing migration files
   * @return what changed
   */
  public SetResult markApplied(String... versions) {
    return engine.markApplied(Arrays.asList(versions));
  }

  /**
   * Removes the revisions of the given versions, so they become pending again. Reverts nothing in
   * the schema. Runs under the migration lock.
   *
   * @param versions versions recorded in the revision table
   * @return what changed
   */
  public SetResult markUnapplied(String... versions) {
    return engine.markUnapplied(Arrays.asList(versions));
  }

  /** Configures a {@link Cairn}. Not thread-safe; {@link #load()} captures the settings. */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private String directory;
    private ClassLoader classLoader;
    private String revisionsSchema = RevisionTable.DEFAULT_NAME;
    private String revisionsTable = RevisionTable.DEFAULT_NAME;
    private Duration lockTimeout = Duration.ofMinutes(10);
    private long lockKey = AdvisoryLock.DEFAULT_KEY;
    private TxMode txMode = TxMode.FILE;
    private ExecOrder execOrder = ExecOrder.LINEAR;
    private String baselineVersion;
    private boolean allowDirty;
    private String environment;
    private Duration connectRetry = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * The database, as a DataSource (a pool is fine: Cairn borrows one connection per operation,
     * resets its session state and returns it).
     *
     * @param dataSource the data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The database, as a JDBC URL opened through {@link java.sql.DriverManager} (the PostgreSQL
     * driver must be on the classpath). Credentials may be in the URL or given separately.
     *
     * @param jdbcUrl e.g. {@code jdbc:postgresql://db:5432/app}
     * @return this builder
     */
    public Builder url(String jdbcUrl) {
      this.url = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      return this;
    }

    /**
     * The database, as a JDBC URL with credentials.
     *
     * @param jdbcUrl the URL
     * @param user the user, or null when the URL carries it
     * @param password the password, or null
     * @return this builder
     */
    public Builder url(String jdbcUrl, String user, String password) {
      url(jdbcUrl);
      this.user = user;
      this.password = password;
      return this;
    }

    /**
     * The user for {@link #url(String)}.
     *
     * @param user the user
     * @return this builder
     */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /**
     * The password for {@link #url(String)}. It never appears in messages or logs.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * The migration directory on the file system.
     *
     * @param path the directory
     * @return this builder
     */
    public Builder directory(java.nio.file.Path path) {
      this.directory = Objects.requireNonNull(path, "path").toString();
      return this;
    }

    /**
     * The migration directory: a file-system path, a {@code file://} URL, or {@code
     * classpath:db/migrations} for a directory on the classpath (also inside a jar).
     *
     * @param location the location
     * @return this builder
     */
    public Builder directory(String location) {
      this.directory = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * The class loader for {@code classpath:} directories (default: the thread's context class
     * loader).
     *
     * @param classLoader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * The schema of the revision table (default {@code atlas_schema_revisions}, the Atlas CLI's
     * default; give the Atlas project's {@code --revisions-schema} to continue its history).
     *
     * @param schema the schema name
     * @return this builder
     */
    public Builder revisionsSchema(String schema) {
      this.revisionsSchema = requireName(schema, "revisions schema");
      return this;
    }

    /**
     * The revision table's name (default {@code atlas_schema_revisions}).
     *
     * @param table the table name
     * @return this builder
     */
    public Builder revisionsTable(String table) {
      this.revisionsTable = requireName(table, "revisions table");
      return this;
    }

    /**
     * How long to wait for the migration lock when another migrator holds it (default 10 minutes:
     * long enough for another instance to finish migrating).
     *
     * @param timeout the timeout; zero tries once
     * @return this builder
     */
    public Builder lockTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw invalid("The lock timeout must not be negative: " + timeout);
      }
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * The advisory lock key (default: the key of the Atlas CLI's {@code migrate apply} lock, so
     * Cairn and Atlas exclude each other). Change it only to run independent migration histories in
     * one database at the same time.
     *
     * @param key the {@code pg_advisory_lock(bigint)} key
     * @return this builder
     */
    public Builder lockKey(long key) {
      this.lockKey = key;
      return this;
    }

    /**
     * The transaction mode (default {@link TxMode#FILE}).
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder txMode(TxMode mode) {
      this.txMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The execution order for files ordered before the last applied one (default {@link
     * ExecOrder#LINEAR}: refuse).
     *
     * @param order the order
     * @return this builder
     */
    public Builder execOrder(ExecOrder order) {
      this.execOrder = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * For a database that already has a schema but no revisions: record this version as the
     * baseline on the first {@link #migrate()} and apply only later files.
     *
     * @param version the version of an existing migration file
     * @return this builder
     */
    public Builder baselineVersion(String version) {
      this.baselineVersion = version;
      return this;
    }

    /**
     * Whether {@link #migrate()} may start from the first file on a database that already holds
     * objects but has no revisions (default false: refuse and explain).
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowDirty(boolean allow) {
      this.allowDirty = allow;
      return this;
    }

    /**
     * The running environment (e.g. {@code production}): files whose {@code cairn:skip-on}
     * directive names it are recorded as skipped instead of executed.
     *
     * @param environment the environment name, or null for none
     * @return this builder
     */
    public Builder environment(String environment) {
      this.environment =
          environment == null || environment.isBlank()
              ? null
              : environment.trim().toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * How long to keep retrying (with exponential backoff) while the database is unreachable, e.g.
     * while a database container starts (default 30 seconds). Rejected credentials are never
     * retried.
     *
     * @param budget the retry budget; zero tries once
     * @return this builder
     */
    public Builder connectRetry(Duration budget) {
      if (budget.isNegative()) {
        throw invalid("The connect retry budget must not be negative: " + budget);
      }
      this.connectRetry = budget;
      return this;
    }

    /**
     * Checks the configuration and creates the runtime. Reads nothing yet: every operation reads
     * and verifies the directory itself.
     *
     * @return the runtime
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when options contradict
     */
    public Cairn load() {
      if (directory == null) {
        throw invalid(
            "No migration directory configured: call directory(...) with a path or"
                + " \"classpath:db/migrations\".");
      }
      if (dataSource != null && url != null) {
        throw invalid("Configure either a DataSource or a JDBC URL, not both.");
      }
      if (baselineVersion != null && allowDirty) {
        throw invalid(
            "baselineVersion and allowDirty exclude each other (as in Atlas): a baseline already"
                + " says which files the existing schema reflects.");
      }
      ConnectionProvider connections = null;
      if (dataSource != null) {
        connections = ConnectionProvider.of(dataSource, connectRetry);
      } else if (url != null) {
        connections = ConnectionProvider.ofUrl(url, user, password, connectRetry);
      }
      ScriptSource scripts =
          DirectorySource.open(
              directory,
              classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader());
      Planner.Options options =
          new Planner.Options(
              execOrder, txMode, baselineVersion, allowDirty, environment, CairnVersion.OPERATOR);
      return new Cairn(
          new Engine(
              new Engine.Settings(
                  connections,
                  scripts,
                  new RevisionTable(revisionsSchema, revisionsTable),
                  lockKey,
                  lockTimeout,
                  options)));
    }

    private static String requireName(String name, String what) {
      if (name == null || name.isBlank()) {
        throw invalid("The " + what + " name must not be empty.");
      }
      return name;
    }

    private static CairnException invalid(String message) {
      return new CairnException(ErrorCode.INVALID_CONFIGURATION, message);
    }
  }
}
