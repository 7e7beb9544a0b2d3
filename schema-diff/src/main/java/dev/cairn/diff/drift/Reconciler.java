package dev.cairn.diff.drift;

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
import java.util.Objects;

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
    LiveDatabase live = b.live();
    InspectOptions inspect =
        Schemas.inspection(
            b.inspect, InspectOptions.REVISION_TABLE, InspectOptions.REVISION_TABLE, true);
    Database inspected = LiveDatabaseBuilder.inspectLive(live, inspect);
    record Sides(Database expected, Database actual) {}
    Sides sides =
        b.onDev(
            dev ->
                new Sides(
                    b.expected.load(dev, LoadOptions.defaults().withInspect(inspect)),
                    // Executed sources are compared at their rebuilt fixed point; bring the live
                    // side there too.
                    Normalizer.rebuild(dev, inspected, inspect, live.describe())));
    return compare(
        b.expectedName, sides.expected(), live.describe(), sides.actual(), b.planOrDefault());
  }

  /**
   * Configures a {@link Reconciler}. Other tools' history tables are always left out of the
   * comparison. Not thread-safe.
   */
  public static final class Builder extends LiveDatabaseBuilder<Builder> {
    private SchemaSource expected;
    private String expectedName;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

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
