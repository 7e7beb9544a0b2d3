package dev.cairn.diff.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.internal.drift.Comparison;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Replayer;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
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
 * Adopts a database that has a schema but no revisions (built by hand, by Hibernate's {@code
 * update}, by another tool): finds the newest version of the migration directory whose replayed
 * schema equals the database's and records it as the baseline, so that {@code migrate apply}
 * applies only the later files. When no version matches it reports the closest one and the exact
 * differences, and records nothing: a version is never stamped blindly.
 *
 * <p>The directory is replayed once, file after file, on one clean dev database, inspecting after
 * each file (one replay, not one per version). Before the baseline is written the database is
 * inspected again, so a schema changed during the search is not stamped either.
 *
 * <pre>{@code
 * AdoptResult result = Adopter.configure()
 *     .url("jdbc:postgresql://db/app", "app", password)
 *     .directory("migrations")
 *     .load()
 *     .adopt();
 * }</pre>
 */
public final class Adopter {
  private final Builder b;

  private Adopter(Builder b) {
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
   * Searches for the matching version and, unless this is a dry run, records it as the baseline.
   *
   * @return what was found and done
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the database already
   *     has revisions, or when a file fails to replay or a database cannot be reached
   */
  public AdoptResult adopt() {
    LiveDatabase live = b.live();
    Cairn cairn = b.runtime(live);
    MigrationStatus status = cairn.status();
    if (!status.applied().isEmpty()) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          live.describe()
              + " already has revisions in "
              + status.revisionTable()
              + " (last version "
              + status.currentVersion()
              + "): it is managed already, adoption is only for databases without history."
              + " See what is applied with 'cairn migrate status', and whether the schema still"
              + " matches with 'cairn schema drift'.");
    }
    MigrationDirectory dir = b.openDirectory();
    List<MigrationFile> files = dir.requireFiles();
    InspectOptions inspect =
        Schemas.inspection(b.inspect, b.revisionsSchema, b.revisionsTable, b.excludeForeignHistory);
    Database actual = inspectLive(live, inspect);
    if (Schemas.isEmpty(actual)) {
      return new AdoptResult(
          AdoptResult.Outcome.EMPTY_DATABASE,
          live.describe(),
          dir.location(),
          null,
          List.of(),
          null,
          List.of(),
          List.of(),
          List.of());
    }

    List<AdoptResult.VersionCheck> checked = new ArrayList<>();
    List<String> matching = new ArrayList<>();
    Database closest = null;
    String closestVersion = null;
    int closestCount = Integer.MAX_VALUE;
    DevDatabase dev = b.dev != null ? b.dev : DevDatabases.open(b.devUrl);
    try (Replayer r = Replayer.open(dev, "migration directory " + dir.location())) {
      for (MigrationFile f : files) {
        r.run(f);
        Database state = r.inspect(inspect);
        DiffResult diff = SchemaDiffer.diff(state, actual, DiffOptions.defaults());
        int count = diff.changes().size();
        checked.add(new AdoptResult.VersionCheck(f.version(), f.name(), count));
        if (count == 0) {
          matching.add(f.version());
        }
        if (count <= closestCount) {
          closestCount = count;
          closestVersion = f.version();
          closest = state;
        }
      }
    } finally {
      if (b.dev == null) {
        dev.close();
      }
    }

    List<String> warnings = new ArrayList<>();
    for (UnsupportedObject u : actual.unsupported()) {
      warnings.add(
          u.kind()
              + " "
              + u.identity()
              + " is not modelled by Cairn and was not compared: "
              + u.reason());
    }
    String chosen = null;
    if (b.version != null) {
      if (matching.contains(b.version)) {
        chosen = b.version;
      } else if (dir.file(b.version).isEmpty()) {
        throw new CairnException(
            ErrorCode.UNKNOWN_VERSION,
            "Version "
                + b.version
                + " is not a migration file of "
                + dir.location()
                + "; give the version part of an existing file name.");
      }
    } else if (!matching.isEmpty()) {
      chosen = matching.get(matching.size() - 1);
    }

    if (chosen == null) {
      Database target = closest;
      String targetVersion = closestVersion;
      if (b.version != null) {
        targetVersion = b.version;
        target = replayUpTo(files, b.version, dir, inspect);
      }
      Comparison cmp = Comparison.of(target, actual, planOptions(live));
      // The comparison's warnings already name the objects Cairn does not model.
      warnings.clear();
      warnings.addAll(cmp.warnings());
      if (b.version != null && !matching.isEmpty()) {
        warnings.add(
            "Version "
                + b.version
                + " does not match, but "
                + String.join(", ", matching)
                + (matching.size() == 1 ? " does." : " do."));
      }
      return new AdoptResult(
          AdoptResult.Outcome.NO_MATCH,
          live.describe(),
          dir.location(),
          null,
          matching,
          targetVersion,
          cmp.differences(),
          checked,
          warnings);
    }

    if (b.dryRun) {
      return new AdoptResult(
          AdoptResult.Outcome.MATCHED,
          live.describe(),
          dir.location(),
          chosen,
          matching,
          null,
          List.of(),
          checked,
          warnings);
    }
    // The search took a while: stamp only if the schema is still the one that matched.
    Database now = inspectLive(live, inspect);
    if (!SchemaDiffer.diff(actual, now, DiffOptions.defaults()).isEmpty()) {
      throw new CairnException(
          ErrorCode.HISTORY_CHANGED,
          "The schema of "
              + live.describe()
              + " changed while Cairn compared it with the migrations; nothing was recorded. Run"
              + " adopt again when no one is changing the schema.");
    }
    cairn.baseline(chosen);
    return new AdoptResult(
        AdoptResult.Outcome.ADOPTED,
        live.describe(),
        dir.location(),
        chosen,
        matching,
        null,
        List.of(),
        checked,
        warnings);
  }

  private Database replayUpTo(
      List<MigrationFile> files, String version, MigrationDirectory dir, InspectOptions inspect) {
    DevDatabase dev = b.dev != null ? b.dev : DevDatabases.open(b.devUrl);
    try (Replayer r = Replayer.open(dev, "migration directory " + dir.location())) {
      for (MigrationFile f : files) {
        if (f.version().compareTo(version) > 0) {
          break;
        }
        r.run(f);
      }
      return r.inspect(inspect);
    } finally {
      if (b.dev == null) {
        dev.close();
      }
    }
  }

  private PlanOptions planOptions(LiveDatabase live) {
    if (b.plan != null) {
      return b.plan;
    }
    return PlanOptions.defaults().onlineSafe(false);
  }

  private static Database inspectLive(LiveDatabase live, InspectOptions inspect) {
    try (Connection c = live.connect()) {
      return CatalogInspector.inspect(c, inspect);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Reading " + live.describe() + " failed: " + live.redact(e.getMessage()),
          e);
    }
  }

  /** Configures an {@link Adopter}. Not thread-safe. */
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
    private Duration lockTimeout;
    private String version;
    private boolean dryRun;

    private Builder() {}

    /**
     * The database, as a DataSource.
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
     * The class loader for {@code classpath:} directories.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /**
     * The dev database to replay on; the caller keeps ownership.
     *
     * @param devDatabase an open dev database
     * @return this builder
     */
    public Builder devDatabase(DevDatabase devDatabase) {
      this.dev = Objects.requireNonNull(devDatabase, "devDatabase");
      return this;
    }

    /**
     * The dev database to open when none is given (default {@code embedded:postgres:17}).
     *
     * @param url the dev database URL
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
     * What to compare, applied to both sides (default {@link InspectOptions#defaults()}).
     *
     * @param options the inspect options
     * @return this builder
     */
    public Builder inspect(InspectOptions options) {
      this.inspect = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * How the SQL for a mismatch is planned (default: plain statements for the live server's
     * version).
     *
     * @param options the plan options
     * @return this builder
     */
    public Builder planOptions(PlanOptions options) {
      this.plan = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Whether other tools' history tables take part in the comparison (default false).
     *
     * @param include true to compare them too
     * @return this builder
     */
    public Builder includeForeignHistoryTables(boolean include) {
      this.excludeForeignHistory = !include;
      return this;
    }

    /**
     * Adopts at this version only, and only if its replayed schema equals the database's (default:
     * the newest matching version).
     *
     * @param expectedVersion the version, or null for the newest match
     * @return this builder
     */
    public Builder version(String expectedVersion) {
      this.version = expectedVersion;
      return this;
    }

    /**
     * Reports the match without recording anything.
     *
     * @param dry true for a dry run
     * @return this builder
     */
    public Builder dryRun(boolean dry) {
      this.dryRun = dry;
      return this;
    }

    /**
     * How long to retry an unreachable database (default 30 seconds).
     *
     * @param budget the retry budget
     * @return this builder
     */
    public Builder connectRetry(Duration budget) {
      this.connectRetry = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /**
     * How long to wait for the migration lock when recording the baseline (default 10 minutes).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Checks the configuration.
     *
     * @return the adopter
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the database or the
     *     directory is missing
     */
    public Adopter load() {
      DriftDetector.requireComplete(dataSource, url, directory);
      return new Adopter(this);
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
      if (lockTimeout != null) {
        c.lockTimeout(lockTimeout);
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
}
