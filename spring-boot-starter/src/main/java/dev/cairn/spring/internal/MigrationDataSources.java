package dev.cairn.spring.internal;

import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.spring.CairnDataSource;
import dev.cairn.spring.CairnProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the data source Cairn migrates through, first match wins:
 *
 * <ol>
 *   <li>a bean qualified {@link CairnDataSource};
 *   <li>{@code cairn.url} (with {@code cairn.user}/{@code cairn.password}): a connection of its
 *       own;
 *   <li>{@code cairn.user} alone: the application's data source URL with that user;
 *   <li>the application's data source, unguarded (the guard wraps the bean, not the pool).
 * </ol>
 *
 * None of these is ever guarded.
 */
public final class MigrationDataSources {
  private static final String FILESYSTEM = "filesystem:";

  private final CairnProperties properties;
  private final ObjectProvider<DataSource> applicationDataSource;
  private final ObjectProvider<DataSource> cairnDataSource;
  private final DdlGuardBeanPostProcessor guard;
  private DataSource migrationDataSource;

  /**
   * Creates the chooser; nothing is resolved before {@link #migrationDataSource()}.
   *
   * @param properties the properties
   * @param applicationDataSource the application's data source beans
   * @param cairnDataSource the {@link CairnDataSource}-qualified bean, if any
   * @param guard the guard's post-processor, to reach the unguarded pool
   */
  public MigrationDataSources(
      CairnProperties properties,
      ObjectProvider<DataSource> applicationDataSource,
      ObjectProvider<DataSource> cairnDataSource,
      DdlGuardBeanPostProcessor guard) {
    this.properties = properties;
    this.applicationDataSource = applicationDataSource;
    this.cairnDataSource = cairnDataSource;
    this.guard = guard;
  }

  /**
   * The data source migrations run through.
   *
   * @return the data source, never guarded
   * @throws CairnException when there is none
   */
  public synchronized DataSource migrationDataSource() {
    if (migrationDataSource == null) {
      migrationDataSource = resolve();
    }
    return migrationDataSource;
  }

  private DataSource resolve() {
    DataSource qualified = cairnDataSource.getIfAvailable();
    if (qualified != null) {
      return guard.unguarded(qualified);
    }
    String url = properties.getUrl();
    String user = properties.getUser();
    if (StringUtils.hasText(url)) {
      return DataSourceBuilder.create()
          .type(SimpleDriverDataSource.class)
          .url(url)
          .username(user)
          .password(properties.getPassword())
          .build();
    }
    DataSource app = applicationDataSource.getIfUnique();
    if (app == null) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "Cairn cannot tell which data source to migrate: there is no single DataSource bean."
              + " Mark one @Primary, qualify the migration one with @CairnDataSource, or set"
              + " cairn.url.");
    }
    DataSource pool = guard.unguarded(app);
    if (StringUtils.hasText(user)) {
      return DataSourceBuilder.derivedFrom(pool)
          .type(SimpleDriverDataSource.class)
          .username(user)
          .password(properties.getPassword())
          .build();
    }
    return pool;
  }

  /**
   * A {@link Cairn.Builder} with the properties applied.
   *
   * @param properties the properties
   * @param dataSource the migration data source
   * @param classLoader for {@code classpath:} locations
   * @return the builder, ready for customizers and {@code load()}
   */
  public static Cairn.Builder configure(
      CairnProperties properties, DataSource dataSource, ClassLoader classLoader) {
    Cairn.Builder b =
        Cairn.configure()
            .dataSource(dataSource)
            .directory(location(properties.getLocation()))
            .classLoader(classLoader)
            .revisionsSchema(properties.getRevisionsSchema())
            .revisionsTable(properties.getRevisionsTable())
            .txMode(properties.getTxMode())
            .execOrder(properties.getExecOrder())
            .lockTimeout(properties.getLockTimeout())
            .connectRetry(properties.getConnectRetry())
            .allowDirty(properties.isAllowDirty())
            .environment(properties.getEnvironment());
    if (StringUtils.hasText(properties.getBaselineVersion())) {
      b.baselineVersion(properties.getBaselineVersion().trim());
    }
    return b;
  }

  /**
   * The {@code cairn.location} as the runtime takes it: Flyway's {@code filesystem:} prefix is
   * accepted too.
   *
   * @param location the property's value
   * @return a path, {@code file://PATH} or {@code classpath:LOCATION}
   */
  public static String location(String location) {
    if (!StringUtils.hasText(location)) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "cairn.location is empty: set it to classpath:db/migrations (the default) or"
              + " filesystem:/path/to/migrations.");
    }
    String l = location.trim();
    return l.startsWith(FILESYSTEM) ? l.substring(FILESYSTEM.length()) : l;
  }
}
