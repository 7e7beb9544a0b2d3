package dev.cairn.diff.imports;

import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.internal.imports.ForeignHistory;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationStatus;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Takes over a database another tool migrated: reads the tool's history table (Flyway's {@code
 * flyway_schema_history}, Liquibase's {@code databasechangelog}, golang-migrate's {@code
 * schema_migrations}, goose's {@code goose_db_version}) and records the imported files it says are
 * applied as Cairn revisions (Atlas-compatible rows, marked applied with each file's {@code
 * atlas.sum} hash, through the runtime). The next {@code migrate apply} runs only what the old tool
 * had not run yet, so the switch needs no downtime. Checksums in the old history are not compared:
 * the imported files are what counts from now on.
 *
 * <p>Refuses, changing nothing, when the history has failed or half-applied entries, when the
 * tool's lock is taken, when it records a migration the source does not have, when a migration
 * ordered before an applied one is not applied (pending out of order), or when Cairn's revision
 * table already has revisions. The old history table is left in place (drop it once there is no way
 * back).
 *
 * <pre>{@code
 * ImportResult imported = MigrationImporter.convert(ImportFormat.FLYWAY, flywayDir, cairnDir);
 * TakeOverResult r = HistoryTakeOver.configure().dataSource(ds).load().takeOver(imported);
 * }</pre>
 */
public final class HistoryTakeOver {
  private final Builder b;

  private HistoryTakeOver(Builder b) {
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
   * Records the applied migrations of an import as Cairn revisions.
   *
   * @param imported the result of {@link MigrationImporter#convert} (its directory must be written)
   * @return what was recorded and what stays pending
   * @throws CairnException with {@link ErrorCode#HISTORY_CHANGED} when the history cannot be taken
   *     over as it is (nothing is written), or {@link ErrorCode#INVALID_CONFIGURATION} when the
   *     database already has Cairn revisions or has no such history table
   */
  public TakeOverResult takeOver(ImportResult imported) {
    LiveDatabase live =
        b.dataSource != null
            ? LiveDatabase.of(b.dataSource)
            : LiveDatabase.of(b.url, b.user, b.password);
    Cairn.Builder cb =
        live.configure(Cairn.configure())
            .directory(imported.directory())
            .revisionsSchema(b.revisionsSchema)
            .revisionsTable(b.revisionsTable);
    if (b.connectRetry != null) {
      cb.connectRetry(b.connectRetry);
    }
    if (b.lockTimeout != null) {
      cb.lockTimeout(b.lockTimeout);
    }
    Cairn cairn = cb.load();
    MigrationStatus status = cairn.status();
    if (!status.applied().isEmpty()) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          live.describe()
              + " already has Cairn revisions in "
              + status.revisionTable()
              + " (last version "
              + status.currentVersion()
              + "); its history was taken over before. Check it with 'cairn migrate status'.");
    }
    ForeignHistory history;
    try (Connection c = live.connect()) {
      history = ForeignHistory.read(c, imported.format(), b.historyTable);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR, "Closing the connection failed: " + e.getMessage(), e);
    }

    List<String> problems = new ArrayList<>(history.problems());
    List<ImportedMigration> migrations = imported.migrations();
    boolean[] applied = new boolean[migrations.size()];
    Set<String> matched = new HashSet<>();
    Map<String, List<Integer>> byIdAuthor = new HashMap<>();
    for (int i = 0; i < migrations.size(); i++) {
      String k = migrations.get(i).historyKey();
      if (imported.format() == ImportFormat.LIQUIBASE) {
        byIdAuthor
            .computeIfAbsent(k.substring(0, k.lastIndexOf("::")), x -> new ArrayList<>())
            .add(i);
      }
    }
    for (int i = 0; i < migrations.size(); i++) {
      ImportedMigration m = migrations.get(i);
      String key = key(imported.format(), m);
      switch (imported.format()) {
        case FLYWAY -> {
          applied[i] = history.applied().contains(key);
          if (!m.repeatable()
              && history.baseline() != null
              && compare(ForeignHistory.flywayKey(m.originalVersion()), history.baseline()) <= 0) {
            applied[i] = true;
          }
        }
        case GOLANG_MIGRATE ->
            applied[i] =
                history.upTo() != null && new BigInteger(key).compareTo(history.upTo()) <= 0;
        case LIQUIBASE, GOOSE -> applied[i] = history.applied().contains(key);
      }
      if (applied[i]) {
        matched.add(key);
      }
    }
    for (String key : history.applied()) {
      if (matched.contains(key)) {
        continue;
      }
      if (imported.format() == ImportFormat.LIQUIBASE) {
        // The history names the changelog as Liquibase was given it; fall back to id and author.
        List<Integer> same = byIdAuthor.get(key.substring(0, key.lastIndexOf("::")));
        if (same != null && same.size() == 1) {
          applied[same.get(0)] = true;
          continue;
        }
      }
      problems.add(
          "the history records "
              + describeKey(imported.format(), key)
              + ", which the source does not have (deleted, renamed, or a Java/Go migration)."
              + " Add it back, or import the source the database was migrated with.");
    }
    if (imported.format() == ImportFormat.GOLANG_MIGRATE && history.upTo() != null) {
      boolean known = history.upTo().signum() == 0;
      for (ImportedMigration m : migrations) {
        known |= new BigInteger(m.historyKey()).equals(history.upTo());
      }
      if (!known) {
        problems.add(
            "the database is at golang-migrate version "
                + history.upTo()
                + ", which the source does not have. Import the source the database was migrated"
                + " with.");
      }
    }
    int lastApplied = -1;
    for (int i = 0; i < migrations.size(); i++) {
      if (applied[i] && !migrations.get(i).repeatable()) {
        lastApplied = i;
      }
    }
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i < lastApplied; i++) {
      if (!applied[i] && !migrations.get(i).repeatable()) {
        gaps.add(migrations.get(i).origin());
      }
    }
    if (!gaps.isEmpty()) {
      problems.add(
          "pending migrations are ordered before applied ones ("
              + String.join(", ", gaps)
              + "): "
              + imported.format().displayName()
              + " would still run them, out of order. Apply them with "
              + imported.format().displayName()
              + " first (or remove them from the source), then take over.");
    }
    if (!problems.isEmpty()) {
      throw new CairnException(
          ErrorCode.HISTORY_CHANGED,
          "Cannot take over "
              + history.table()
              + " of "
              + live.describe()
              + "; nothing was written:\n  - "
              + String.join("\n  - ", problems));
    }

    List<String> notes = new ArrayList<>();
    boolean allVersionedApplied = true;
    for (int i = 0; i < migrations.size(); i++) {
      allVersionedApplied &= applied[i] || migrations.get(i).repeatable();
    }
    for (int i = 0; i < migrations.size(); i++) {
      ImportedMigration m = migrations.get(i);
      if (m.repeatable() && applied[i] && !allVersionedApplied) {
        applied[i] = false;
        notes.add(
            m.file()
                + " (repeatable "
                + m.origin()
                + ") was applied by Flyway but now comes after pending files, so it stays pending"
                + " and runs again after them — repeatables are written to be re-run.");
      }
    }
    List<String> versions = new ArrayList<>();
    List<String> appliedFiles = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      if (applied[i]) {
        versions.add(migrations.get(i).version());
        appliedFiles.add(migrations.get(i).file());
      } else {
        pending.add(migrations.get(i).file());
      }
    }
    String current = null;
    if (!versions.isEmpty()) {
      current = cairn.markApplied(versions.toArray(new String[0])).currentVersion();
    }
    notes.add(
        history.table()
            + " was left in place and is no longer updated; stop running "
            + imported.format().displayName()
            + " against this database, and drop the table once there is no way back.");
    return new TakeOverResult(history.table(), appliedFiles, pending, current, notes);
  }

  private static String key(ImportFormat format, ImportedMigration m) {
    if (format == ImportFormat.FLYWAY && !m.repeatable()) {
      return ForeignHistory.flywayKey(m.historyKey());
    }
    return m.historyKey();
  }

  private static int compare(String flywayKey, List<BigInteger> baseline) {
    String[] parts = flywayKey.split("\\.");
    for (int i = 0; i < Math.max(parts.length, baseline.size()); i++) {
      BigInteger x = i < parts.length ? new BigInteger(parts[i]) : BigInteger.ZERO;
      BigInteger y = i < baseline.size() ? baseline.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String describeKey(ImportFormat format, String key) {
    return switch (format) {
      case FLYWAY -> key.endsWith(".sql") ? "repeatable " + key : "version " + key;
      case LIQUIBASE -> {
        String[] p = key.split("::", -1);
        yield "changeset " + p[1] + ":" + p[0] + " (" + p[2] + ")";
      }
      case GOLANG_MIGRATE, GOOSE -> "version " + key;
    };
  }

  /** Configures a {@link HistoryTakeOver}. Not thread-safe. */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private String historyTable;
    private String revisionsSchema = "atlas_schema_revisions";
    private String revisionsTable = "atlas_schema_revisions";
    private Duration connectRetry;
    private Duration lockTimeout;

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
     * The other tool's history table when it is not the default ({@code flyway_schema_history},
     * {@code databasechangelog}, {@code schema_migrations}, {@code goose_db_version}) or exists in
     * several schemas.
     *
     * @param table {@code table} or {@code schema.table}
     * @return this builder
     */
    public Builder historyTable(String table) {
      this.historyTable = table;
      return this;
    }

    /**
     * The schema of Cairn's revision table (default {@code atlas_schema_revisions}).
     *
     * @param schema the schema
     * @return this builder
     */
    public Builder revisionsSchema(String schema) {
      this.revisionsSchema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * The name of Cairn's revision table (default {@code atlas_schema_revisions}).
     *
     * @param table the table
     * @return this builder
     */
    public Builder revisionsTable(String table) {
      this.revisionsTable = Objects.requireNonNull(table, "table");
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
     * How long to wait for the migration lock (default 10 minutes).
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
     * @return the take-over
     * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} without a database
     */
    public HistoryTakeOver load() {
      if ((dataSource == null) == (url == null)) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION, "Give the database as either a DataSource or a URL.");
      }
      return new HistoryTakeOver(this);
    }
  }
}
