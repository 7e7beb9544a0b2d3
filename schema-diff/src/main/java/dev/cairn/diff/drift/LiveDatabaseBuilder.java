package dev.cairn.diff.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.internal.drift.LiveDatabase;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The settings every comparison of a live database shares: the live database itself, the dev
 * database the expected side is built on, what is inspected and how the SQL is planned. The
 * builders of {@link Reconciler}, {@link DriftDetector} and {@link Adopter} extend it, so each
 * setting is named and documented once. Not thread-safe; not meant to be extended outside this
 * package.
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 */
public abstract class LiveDatabaseBuilder<B extends LiveDatabaseBuilder<B>> {
  DataSource dataSource;
  String url;
  String user;
  String password;
  DevDatabase dev;
  String devUrl = DevDatabases.DEFAULT_URL;
  InspectOptions inspect = InspectOptions.defaults();
  PlanOptions plan;

  LiveDatabaseBuilder() {}

  abstract B self();

  /**
   * The live database, as a DataSource (e.g. the application's pool; one connection is borrowed per
   * read).
   *
   * @param dataSource the data source
   * @return this builder
   */
  public B dataSource(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    return self();
  }

  /**
   * The live database, as a URL with credentials.
   *
   * @param jdbcUrl {@code jdbc:postgresql://…} or {@code postgres://user:pass@host/db}
   * @param user the user, or null when the URL carries it
   * @param password the password, or null
   * @return this builder
   */
  public B url(String jdbcUrl, String user, String password) {
    this.url = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    this.user = user;
    this.password = password;
    return self();
  }

  /**
   * The dev database the expected side is built on; the caller keeps ownership and closes it.
   *
   * @param devDatabase an open dev database
   * @return this builder
   */
  public B devDatabase(DevDatabase devDatabase) {
    this.dev = Objects.requireNonNull(devDatabase, "devDatabase");
    return self();
  }

  /**
   * The dev database to open (and close) for the comparison, when none is given with {@link
   * #devDatabase(DevDatabase)}.
   *
   * @param url e.g. {@code embedded:postgres:17} (the default) or a JDBC URL
   * @return this builder
   */
  public B devUrl(String url) {
    this.devUrl = url == null || url.isBlank() ? DevDatabases.DEFAULT_URL : url;
    return self();
  }

  /**
   * What to compare (schemas, excluded schemas and tables), applied to both sides. Cairn's revision
   * table is always left out.
   *
   * @param options the inspect options (default {@link InspectOptions#defaults()})
   * @return this builder
   */
  public B inspect(InspectOptions options) {
    this.inspect = Objects.requireNonNull(options, "options");
    return self();
  }

  /**
   * How the SQL that removes a difference is planned (default: plain statements, not the
   * online-safe variants).
   *
   * @param options the plan options
   * @return this builder
   */
  public B planOptions(PlanOptions options) {
    this.plan = Objects.requireNonNull(options, "options");
    return self();
  }

  void requireLiveDatabase() {
    if (dataSource == null && url == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "No database configured: give a DataSource or a JDBC URL.");
    }
    if (dataSource != null && url != null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION, "Configure either a DataSource or a URL, not both.");
    }
  }

  LiveDatabase live() {
    return dataSource != null ? LiveDatabase.of(dataSource) : LiveDatabase.of(url, user, password);
  }

  PlanOptions planOrDefault() {
    return plan != null ? plan : PlanOptions.defaults().onlineSafe(false);
  }

  /** Runs the work on the configured dev database, or on one opened and closed for it. */
  <T> T onDev(Function<DevDatabase, T> work) {
    DevDatabase d = dev != null ? dev : DevDatabases.open(devUrl);
    try {
      return work.apply(d);
    } finally {
      if (dev == null) {
        d.close();
      }
    }
  }

  static Database inspectLive(LiveDatabase live, InspectOptions inspect) {
    try (Connection c = live.connect()) {
      return CatalogInspector.inspect(c, inspect);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Reading " + live.describe() + " failed: " + live.redact(e.getMessage()),
          e);
    }
  }
}
