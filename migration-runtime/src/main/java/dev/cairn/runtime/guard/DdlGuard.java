package dev.cairn.runtime.guard;

import dev.cairn.runtime.guard.internal.GuardEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an application from changing its schema at run time: wrap the application's {@link
 * DataSource} — never the migrator's — and every statement sent through it is classified by {@link
 * DdlClassifier} before the driver sees it. DDL is refused with a {@link DdlNotAllowedException}
 * (SQLSTATE {@code 42501}) and never reaches the database.
 *
 * <pre>{@code
 * DataSource appDataSource = DdlGuard.wrap(pooledDataSource);
 * DataSource lenient = DdlGuard.wrap(pooledDataSource, GuardOptions.builder()
 *     .mode(GuardMode.WARN)
 *     .allow("(?i)create table if not exists shedlock .*")
 *     .build());
 * }</pre>
 *
 * <p>What is intercepted, and how the wrappers stay transparent, is described at {@link
 * SqlInterceptor}; what counts as DDL at {@link StatementKind} and {@link DdlClassifier}.
 * Statements on temporary objects are allowed by default, including {@code DROP}/{@code
 * TRUNCATE}/{@code ALTER TABLE} of a temporary table that the same guarded connection created.
 * Classifications are cached per SQL text ({@link GuardOptions#cacheSize()}), so the steady-state
 * cost is one hash lookup per statement.
 *
 * <p>{@code dataSource.unwrap(DdlGuard.class)} returns the guard of a wrapped data source.
 */
public final class DdlGuard implements SqlInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(DdlGuard.class);

  private final GuardOptions options;
  private final GuardEngine engine;

  private DdlGuard(GuardOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.engine = new GuardEngine(options, LOG);
  }

  /**
   * Wraps a data source with a guard using {@link GuardOptions#defaults()}.
   *
   * @param dataSource the application's data source
   * @return a data source that refuses DDL
   */
  public static DataSource wrap(DataSource dataSource) {
    return wrap(dataSource, GuardOptions.defaults());
  }

  /**
   * Wraps a data source with a guard.
   *
   * @param dataSource the application's data source
   * @param options mode, allow-list and the rest
   * @return a data source that refuses DDL as the options say
   */
  public static DataSource wrap(DataSource dataSource, GuardOptions options) {
    return create(options).protect(dataSource);
  }

  /**
   * Creates a guard, to wrap several data sources or connections with one cache.
   *
   * @param options the guard's options
   * @return a new guard
   */
  public static DdlGuard create(GuardOptions options) {
    return new DdlGuard(options);
  }

  /**
   * Wraps a data source with this guard.
   *
   * @param dataSource the application's data source
   * @return a data source that refuses DDL
   */
  public DataSource protect(DataSource dataSource) {
    return SqlInterceptor.wrap(dataSource, this);
  }

  /**
   * Wraps a single connection with this guard.
   *
   * @param connection an open connection
   * @return a connection that refuses DDL
   */
  public Connection protect(Connection connection) {
    return SqlInterceptor.wrap(connection, this);
  }

  /**
   * Checks one SQL text as a guarded connection would, without a connection (so without knowledge
   * of temporary tables created earlier).
   *
   * @param sql the text
   * @throws DdlNotAllowedException when the text is refused and the mode is {@link GuardMode#FAIL}
   */
  public void check(String sql) throws DdlNotAllowedException {
    engine.check(Objects.requireNonNull(sql, "sql"), null);
  }

  /**
   * The guard's options.
   *
   * @return the options
   */
  public GuardOptions options() {
    return options;
  }

  /**
   * How many distinct SQL texts have their classification cached now (at most {@link
   * GuardOptions#cacheSize()}).
   *
   * @return the number of cached texts
   */
  public int cachedTexts() {
    return engine.cachedTexts();
  }

  /**
   * Checks SQL reaching a wrapped object that has no connection of its own; see {@link
   * #check(String)}.
   */
  @Override
  public void intercept(String sql, JdbcCall call) throws SQLException {
    check(sql);
  }

  /** Each connection remembers the temporary tables it created. */
  @Override
  public SqlInterceptor forConnection() {
    Set<String> temporaryTables = GuardEngine.newTemporaryTables();
    return (sql, call) -> engine.check(sql, temporaryTables);
  }

  @Override
  public String toString() {
    return "DdlGuard" + options;
  }
}
