package dev.cairn.diff.drift;

import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.internal.drift.AppliedFiles;
import dev.cairn.diff.internal.drift.Comparison;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Replayer;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.diff.internal.source.Normalizer;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationStatus;
import java.util.ArrayList;
import java.util.List;

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
    Cairn cairn = b.runtimeBuilder(live).load();
    MigrationStatus status = cairn.status();
    MigrationDirectory dir = b.openDirectory();
    List<AppliedFiles.Applied> applied = AppliedFiles.of(dir.files(), status.applied());
    InspectOptions inspect = b.inspection();

    Database actual = LiveDatabaseBuilder.inspectLive(live, inspect);
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
    PlanOptions plan = b.planOrDefault();
    Comparison cmp =
        b.onDev(
            dev -> {
              Database expected;
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
              }
              Comparison first = Comparison.of(expected, actual, plan);
              if (first.isEmpty()) {
                return first;
              }
              // Equivalent DDL written differently (Hibernate's text, Cairn's printed form) can
              // store different expressions; compare the forms PostgreSQL settles on before
              // calling it drift.
              Comparison settled =
                  Comparison.of(
                      Normalizer.rebuild(dev, expected, inspect, "the applied files"),
                      Normalizer.rebuild(dev, actual, inspect, live.describe()),
                      plan);
              return settled.differences().size() < first.differences().size() ? settled : first;
            });
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
  public static final class Builder extends MigrationStateBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
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
      requireComplete();
      return new DriftDetector(this);
    }
  }
}
