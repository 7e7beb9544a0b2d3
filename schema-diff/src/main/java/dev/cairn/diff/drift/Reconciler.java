package dev.cairn.diff.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.internal.drift.Comparison;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.diff.internal.source.Normalizer;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reconciles a live database (typically one that Hibernate's {@code ddl-auto=update} built and
 * patched over the years) with the schema an expected source describes (typically the entities,
 * through the schema loader's DDL): every difference classified, with the SQL that removes it.
 * Reads the database only.
 *
 * <pre>{@code
 * ReconciliationReport report = Reconciler.configure()
 *     .expected(SchemaSource.desiredDdl(SchemaLoader.load(options).ddl()), "entities:com.example")
 *     .dataSource(dataSource)
 *     .load()
 *     .reconcile();
 * }</pre>
 */
public final class Reconciler {
  private final Builder b;

  private Reconciler(Builder b) {
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
   * Compares two inspected schemas.
   *
   * @param expectedName what the expected side is, e.g. {@code entities:com.example}
   * @param expected the expected schema
   * @param databaseName the database, without credentials
   * @param actual the live database's schema
   * @param options how the SQL is planned
   * @return the report
   */
  public static ReconciliationReport compare(
      String expectedName,
      Database expected,
      String databaseName,
      Database actual,
      PlanOptions options) {
    Comparison cmp = Comparison.of(expected, actual, options);
    return new ReconciliationReport(
        expectedName,
        databaseName,
        cmp.differences(),
        cmp.toExpected().isEmpty() ? "" : cmp.toExpected().toSql(),
        cmp.warnings());
  }

  /**
   * Loads the expected schema on the dev database, inspects the live one and compares.
   *
   * @return the report
   * @throws CairnException when the expected source fails to load or a database cannot be reached
   */
  public ReconciliationReport reconcile() {
    LiveDatabase live =
        b.dataSource != null
            ? LiveDatabase.of(b.dataSource)
            : LiveDatabase.of(b.url, b.user, b.password);
    InspectOptions inspect =
        Schemas.inspection(
            b.inspect, InspectOptions.REVISION_TABLE, InspectOptions.REVISION_TABLE, true);
    Database actual;
    try (Connection c = live.connect()) {
      actual = CatalogInspector.inspect(c, inspect);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Reading " + live.describe() + " failed: " + live.redact(e.getMessage()),
          e);
    }
    Database expected;
    DevDatabase dev = b.dev != null ? b.dev : DevDatabases.open(b.devUrl);
    try {
      expected = b.expected.load(dev, LoadOptions.defaults().withInspect(inspect));
      // Executed sources are compared at their rebuilt fixed point; bring the live side there too.
      actual = Normalizer.rebuild(dev, actual, inspect, live.describe());
    } finally {
      if (b.dev == null) {
        dev.close();
      }
    }
    PlanOptions plan = b.plan != null ? b.plan : PlanOptions.defaults().onlineSafe(false);
    return compare(b.expectedName, expected, live.describe(), actual, plan);
  }

  /** Configures a {@link Reconciler}. Not thread-safe. */
  public static final class Builder {
    private SchemaSource expected;
    private String expectedName;
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private DevDatabase dev;
    private String devUrl = DevDatabases.DEFAULT_URL;
    private InspectOptions inspect = InspectOptions.defaults();
    private PlanOptions plan;

    private Builder() {}

    /**
     * The expected schema, e.g. {@code SchemaSource.desiredDdl(entityDdl)}.
     *
     * @param source the source, executed on the dev database
     * @param name what it is called in the report, e.g. {@code entities:com.example.model}
     * @return this builder
     */
    public Builder expected(SchemaSource source, String name) {
      this.expected = Objects.requireNonNull(source, "source");
      this.expectedName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The live database, as a DataSource.
     *
     * @param dataSource the data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The live database, as a URL with credentials.
     *
     * @param jdbcUrl {@code jdbc:postgresql://…} or {@code postgres://user:pass@host/db}
     * @param user the user, or null
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
     * The dev database the expected source runs on; the caller keeps ownership.
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
     * What to compare, applied to both sides. The revision table and other tools' history tables
     * are always left out.
     *
     * @param options the inspect options
     * @return this builder
     */
    public Builder inspect(InspectOptions options) {
      this.inspect = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * How the SQL is planned (default: plain statements for the live server's version).
     *
     * @param options the plan options
     * @return this builder
     */
    public Builder planOptions(PlanOptions options) {
      this.plan = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Checks the configuration.
     *
     * @return the reconciler
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when a side is missing
     */
    public Reconciler load() {
      if (expected == null) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "No expected schema configured: give the entities' DDL or another schema source.");
      }
      if ((dataSource == null) == (url == null)) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "Give the live database as either a DataSource or a URL.");
      }
      return new Reconciler(this);
    }
  }
}
