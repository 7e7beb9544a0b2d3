package dev.cairn.diff.drift;

import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.drift.Schemas;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a comparison between a live database and the state a migration directory
 * describes: on top of {@link LiveDatabaseBuilder}'s, the directory, the revision table and the
 * runtime's connection retry. The builders of {@link DriftDetector} and {@link Adopter} extend it.
 * Not thread-safe; not meant to be extended outside this package.
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 */
public abstract class MigrationStateBuilder<B extends MigrationStateBuilder<B>>
    extends LiveDatabaseBuilder<B> {
  String directory;
  ClassLoader classLoader;
  String revisionsSchema = InspectOptions.REVISION_TABLE;
  String revisionsTable = InspectOptions.REVISION_TABLE;
  boolean excludeForeignHistory = true;
  Duration connectRetry;

  MigrationStateBuilder() {}

  /**
   * The migration directory: a path, {@code file://PATH} or {@code classpath:LOCATION}.
   *
   * @param location the location
   * @return this builder
   */
  public B directory(String location) {
    this.directory = Objects.requireNonNull(location, "location");
    return self();
  }

  /**
   * The migration directory on the file system.
   *
   * @param path the directory
   * @return this builder
   */
  public B directory(Path path) {
    return directory(path.toString());
  }

  /**
   * The class loader for {@code classpath:} directories (default: the thread's context class
   * loader).
   *
   * @param loader the class loader
   * @return this builder
   */
  public B classLoader(ClassLoader loader) {
    this.classLoader = loader;
    return self();
  }

  /**
   * The revision table's schema (default {@code atlas_schema_revisions}).
   *
   * @param schema the schema
   * @return this builder
   */
  public B revisionsSchema(String schema) {
    this.revisionsSchema = Objects.requireNonNull(schema, "schema");
    return self();
  }

  /**
   * The revision table's name (default {@code atlas_schema_revisions}).
   *
   * @param table the table
   * @return this builder
   */
  public B revisionsTable(String table) {
    this.revisionsTable = Objects.requireNonNull(table, "table");
    return self();
  }

  /**
   * Whether other tools' history tables ({@link DriftDetector#FOREIGN_HISTORY_TABLES}) take part in
   * the comparison (default false: they record history, not schema).
   *
   * @param include true to compare them too
   * @return this builder
   */
  public B includeForeignHistoryTables(boolean include) {
    this.excludeForeignHistory = !include;
    return self();
  }

  /**
   * How long to retry an unreachable database (default: the runtime's, 30 seconds).
   *
   * @param budget the retry budget
   * @return this builder
   */
  public B connectRetry(Duration budget) {
    this.connectRetry = Objects.requireNonNull(budget, "budget");
    return self();
  }

  void requireComplete() {
    requireLiveDatabase();
    if (directory == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "No migration directory configured: give a path, file://PATH or classpath:LOCATION.");
    }
  }

  /** The runtime on the live database, configured as far as this builder knows. */
  Cairn.Builder runtimeBuilder(LiveDatabase live) {
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
    return c;
  }

  MigrationDirectory openDirectory() {
    if (directory.startsWith("classpath:") && classLoader != null) {
      return MigrationDirectory.classpath(directory.substring("classpath:".length()), classLoader);
    }
    return MigrationDirectory.open(directory);
  }

  /** What both sides are inspected with: the user's options minus the history tables. */
  InspectOptions inspection() {
    return Schemas.inspection(inspect, revisionsSchema, revisionsTable, excludeForeignHistory);
  }
}
