package dev.cairn.diff.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.internal.drift.AppliedFiles;
import dev.cairn.diff.internal.drift.Comparison;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Replayer;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Detects drift: differences between a live database and the state its applied migration files
 * describe. The files the revision table records as applied — exactly those, with baseline
 * semantics, a partially applied file only up to its last applied statement, files skipped by
 * {@code cairn:skip-on} left out — are replayed on a clean dev database; both databases are
 * inspected and compared both ways.
 *
 * <pre>{@code
 * DriftReport report = DriftDetector.configure()
 *     .dataSource(dataSource)
 *     .directory("classpath:db/migrations")
 *     .load()
 *     .detect();
 * if (report.hasDrift()) {
 *   log.warn(report.describe());
 * }
 * }</pre>
 *
 * <p>The live database is only read: the revision table (through the runtime, which also verifies
 * {@code atlas.sum} and the applied files' hashes) and {@code pg_catalog}. Other tools' history
 * tables ({@code flyway_schema_history}, {@code databasechangelog}, …) are left out of the
 * comparison unless {@link Builder#includeForeignHistoryTables(boolean)} says otherwise.
 */
public final class DriftDetector {
  /** Tables of other migration tools left out of the comparison by default. */
  public static final List<String> FOREIGN_HISTORY_TABLES = Schemas.FOREIGN_HISTORY_TABLES;

  private final Builder b;

  private DriftDetector(Builder b) {
    this.b = b;
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
   * Replays, inspects and compares.
   *
   * @return the report; {@link DriftReport#hasDrift()} says whether anything differs
   * @throws CairnException when the directory or its sum is invalid, an applied file changed after
   *     it was applied ({@link ErrorCode#HISTORY_CHANGED}), the database has objects but no
   *     revisions ({@link ErrorCode#DIRTY_DATABASE}), a file fails to replay, or a database cannot
   *     be reached
   */
  public DriftReport detect() {
    LiveDatabase live = b.live();
    Cairn cairn = b.runtime(live);
    MigrationStatus status = cairn.status();
    MigrationDirectory dir = b.openDirectory();
    List<AppliedFiles.Applied> applied = AppliedFiles.of(dir.files(), status.applied());
    InspectOptions inspect =
        Schemas.inspection(b.inspect, b.revisionsSchema, b.revisionsTable, b.excludeForeignHistory);

    Database actual;
    try (Connection c = live.connect()) {
      actual = CatalogInspector.inspect(c, inspect);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Reading " + live.describe() + " failed: " + live.redact(e.getMessage()),
          e);
    }
    if (applied.isEmpty() && status.applied().isEmpty() && !Schemas.isEmpty(actual)) {
      throw new CairnException(
          ErrorCode.DIRTY_DATABASE,
          live.describe()
              + " has objects but no revisions in "
              + status.revisionTable()
              + ", so there is no migration state to compare it with. If the schema was built"
              + " without Cairn (by hand, Hibernate, Flyway, Liquibase), take it over with 'cairn"
              + " migrate adopt' (finds the version the schema matches) or 'cairn migrate import'"
              + " (converts another tool's history).");
    }

    List<String> replayed = new ArrayList<>();
    Database expected;
    DevDatabase dev = b.dev != null ? b.dev : DevDatabases.open(b.devUrl);
    try (Replayer r = Replayer.open(dev, "the applied files of " + dir.location())) {
      for (AppliedFiles.Applied a : applied) {
        r.run(a.file(), a.statements());
        replayed.add(
            a.partial()
                ? a.file().name()
                    + " ("
                    + a.statements()
                    + " of "
                    + a.file().statements().size()
                    + " statements)"
                : a.file().name());
      }
      expected = r.inspect(inspect);
    } finally {
      if (b.dev == null) {
        dev.close();
      }
    }

    PlanOptions plan = b.plan != null ? b.plan : PlanOptions.defaults().onlineSafe(false);
    Comparison cmp = Comparison.of(expected, actual, plan);
    return new DriftReport(
        live.describe(),
        dir.location(),
        status.currentVersion(),
        replayed,
        cmp.differences(),
        cmp.toExpected().isEmpty() ? "" : cmp.toExpected().toSql(),
        cmp.toActual().isEmpty() ? "" : cmp.toActual().toSql(),
        cmp.warnings());
  }

  /** Configures a {@link DriftDetector}. Not thread-safe. */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private String directory;
    private ClassLoader classLoader;
    private DevDatabase dev;
    private String devUrl = DevDatabases.DEFAULT_URL;
    private String revisionsSchema = InspectOptions.REVISION_TABLE;
    private String revisionsTable = InspectOptions.REVISION_TABLE;
    private InspectOptions inspect = InspectOptions.defaults();
    private PlanOptions plan;
    private boolean excludeForeignHistory = true;
    private Duration connectRetry;

    private Builder() {}

    /**
     * The database, as a DataSource (e.g. the application's pool; one connection is borrowed per
     * read).
     *
     * @param dataSource the data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The database, as a URL with credentials.
     *
     * @param jdbcUrl {@code jdbc:postgresql://…} or {@code postgres://user:pass@host/db}
     * @param user the user, or null when the URL carries it
     * @param password the password, or null
     * @return this builder
     */
    public Builder url(String jdbcUrl, String user, String password) {
      this.url = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      this.user = user;
      this.password = password;
      return this;
    }

    /**
     * The migration directory: a path, {@code file://PATH} or {@code classpath:LOCATION}.
     *
     * @param location the location
     * @return this builder
     */
    public Builder directory(String location) {
      this.directory = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * The migration directory on the file system.
     *
     * @param path the directory
     * @return this builder
     */
    public Builder directory(Path path) {
      return directory(path.toString());
    }

    /**
     * The class loader for {@code classpath:} directories (default: the thread's context class
     * loader).
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /**
     * The dev database to replay on; the caller keeps ownership and closes it.
     *
     * @param devDatabase an open dev database
     * @return this builder
     */
    public Builder devDatabase(DevDatabase devDatabase) {
      this.dev = Objects.requireNonNull(devDatabase, "devDatabase");
      return this;
    }

    /**
     * The dev database to open (and close) for the check, when none is given with {@link
     * #devDatabase(DevDatabase)}.
     *
     * @param url e.g. {@code embedded:postgres:17} (the default) or a JDBC URL
     * @return this builder
     */
    public Builder devUrl(String url) {
      this.devUrl = url == null || url.isBlank() ? DevDatabases.DEFAULT_URL : url;
      return this;
    }

    /**
     * The revision table's schema (default {@code atlas_schema_revisions}).
     *
     * @param schema the schema
     * @return this builder
     */
    public Builder revisionsSchema(String schema) {
      this.revisionsSchema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * The revision table's name (default {@code atlas_schema_revisions}).
     *
     * @param table the table
     * @return this builder
     */
    public Builder revisionsTable(String table) {
      this.revisionsTable = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * What to compare (schemas, excluded schemas and tables), applied to both sides.
     *
     * @param options the inspect options (default {@link InspectOptions#defaults()})
     * @return this builder
     */
    public Builder inspect(InspectOptions options) {
      this.inspect = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * How the SQL of the report is planned (default: plain statements, not the online-safe
     * variants, for the live server's PostgreSQL version).
     *
     * @param options the plan options
     * @return this builder
     */
    public Builder planOptions(PlanOptions options) {
      this.plan = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Whether other tools' history tables ({@link #FOREIGN_HISTORY_TABLES}) take part in the
     * comparison (default false: they record history, not schema).
     *
     * @param include true to compare them too
     * @return this builder
     */
    public Builder includeForeignHistoryTables(boolean include) {
      this.excludeForeignHistory = !include;
      return this;
    }

    /**
     * How long to retry an unreachable database (default: the runtime's, 30 seconds).
     *
     * @param budget the retry budget
     * @return this builder
     */
    public Builder connectRetry(Duration budget) {
      this.connectRetry = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /**
     * Checks the configuration.
     *
     * @return the detector
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the database or the
     *     directory is missing
     */
    public DriftDetector load() {
      requireComplete(dataSource, url, directory);
      return new DriftDetector(this);
    }

    LiveDatabase live() {
      return dataSource != null
          ? LiveDatabase.of(dataSource)
          : LiveDatabase.of(url, user, password);
    }

    Cairn runtime(LiveDatabase live) {
      Cairn.Builder c =
          live.configure(Cairn.configure())
              .directory(directory)
              .revisionsSchema(revisionsSchema)
              .revisionsTable(revisionsTable);
      if (classLoader != null) {
        c.classLoader(classLoader);
      }
      if (connectRetry != null) {
        c.connectRetry(connectRetry);
      }
      return c.load();
    }

    MigrationDirectory openDirectory() {
      if (directory.startsWith("classpath:") && classLoader != null) {
        return MigrationDirectory.classpath(
            directory.substring("classpath:".length()), classLoader);
      }
      return MigrationDirectory.open(directory);
    }
  }

  static void requireComplete(DataSource dataSource, String url, String directory) {
    if (dataSource == null && url == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "No database configured: give a DataSource or a JDBC URL.");
    }
    if (dataSource != null && url != null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION, "Configure either a DataSource or a URL, not both.");
    }
    if (directory == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "No migration directory configured: give a path, file://PATH or classpath:LOCATION.");
    }
  }
}
