package dev.cairn.spring;

import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.TxMode;
import dev.cairn.runtime.guard.GuardMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Cairn in a Spring Boot application: properties under {@code cairn.*}.
 *
 * <p>Defaults match the migration runtime's, so an application that only adds the starter applies
 * {@code classpath:db/migrations} to its {@code spring.datasource} database, guards that data
 * source against DDL and refuses Hibernate settings that would generate the schema.
 */
@ConfigurationProperties(prefix = "cairn")
public class CairnProperties {
  /**
   * Whether Cairn is enabled: migrations, the DDL guard and the startup checks. False turns all of
   * them off.
   */
  private boolean enabled = true;

  /**
   * What happens at startup: 'migrate' applies pending migrations and starts the application,
   * 'validate' starts only if the database is at the directory's head and untampered,
   * 'migrate-only' applies pending migrations and exits (status 0 on success, 1 on failure).
   */
  private Mode mode = Mode.MIGRATE;

  /**
   * The migration directory (Atlas layout, with atlas.sum): 'classpath:db/migrations' for a
   * directory on the class path (also inside a jar), 'filesystem:/path' or a plain path for one on
   * disk.
   */
  private String location = "classpath:db/migrations";

  /**
   * JDBC URL of the migration connection. When set, migrations run through their own connection,
   * e.g. as a role that owns the schema, while the application connects as one that does not.
   */
  private String url;

  /**
   * User of the migration connection. Without 'cairn.url', the application's data source URL is
   * used with this user.
   */
  private String user;

  /** Password of the migration connection. */
  private String password;

  /**
   * Schema of the revision table. The Atlas CLI's default is used unless set; give the Atlas
   * project's --revisions-schema to continue its history.
   */
  private String revisionsSchema = "atlas_schema_revisions";

  /** Name of the revision table. */
  private String revisionsTable = "atlas_schema_revisions";

  /**
   * For a database that already has a schema but no revisions: the version whose schema it holds.
   * It is recorded as the baseline on the first migration and only later files are applied.
   */
  private String baselineVersion;

  /**
   * Whether migration may start from the first file on a database that holds objects but has no
   * revisions. Excludes 'cairn.baseline-version'.
   */
  private boolean allowDirty;

  /**
   * Transaction mode: 'file' wraps each file in its own transaction, 'all' every pending file in
   * one, 'none' runs each statement on its own (files may override with atlas:txmode).
   */
  private TxMode txMode = TxMode.FILE;

  /**
   * What to do with a pending file ordered before the last applied one: 'linear' refuses,
   * 'linear-skip' leaves it unapplied, 'non-linear' applies it.
   */
  private ExecOrder execOrder = ExecOrder.LINEAR;

  /** How long to wait for the migration lock while another instance migrates the same database. */
  private Duration lockTimeout = Duration.ofMinutes(10);

  /** How long to keep retrying while the database is unreachable, e.g. while it starts. */
  private Duration connectRetry = Duration.ofSeconds(30);

  /**
   * Name of the running environment (e.g. 'production'): files whose cairn:skip-on directive names
   * it are recorded as skipped instead of executed.
   */
  private String environment;

  /** The DDL guard on the application's data source and the startup checks. */
  private final Guard guard = new Guard();

  /** Drift detection: the live database compared with the state its applied migrations describe. */
  private final Drift drift = new Drift();

  /**
   * Whether Cairn is enabled.
   *
   * @return true by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether Cairn is enabled.
   *
   * @param enabled false turns migrations, the guard and the checks off
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * What happens at startup.
   *
   * @return the mode, {@link Mode#MIGRATE} by default
   */
  public Mode getMode() {
    return mode;
  }

  /**
   * Sets what happens at startup.
   *
   * @param mode the mode
   */
  public void setMode(Mode mode) {
    this.mode = mode;
  }

  /**
   * The migration directory.
   *
   * @return e.g. {@code classpath:db/migrations}
   */
  public String getLocation() {
    return location;
  }

  /**
   * Sets the migration directory.
   *
   * @param location {@code classpath:…}, {@code filesystem:…} or a path
   */
  public void setLocation(String location) {
    this.location = location;
  }

  /**
   * JDBC URL of a separate migration connection.
   *
   * @return the URL, or null to use the application's data source
   */
  public String getUrl() {
    return url;
  }

  /**
   * Sets the JDBC URL of a separate migration connection.
   *
   * @param url the URL
   */
  public void setUrl(String url) {
    this.url = url;
  }

  /**
   * User of the migration connection.
   *
   * @return the user, or null
   */
  public String getUser() {
    return user;
  }

  /**
   * Sets the user of the migration connection.
   *
   * @param user the user
   */
  public void setUser(String user) {
    this.user = user;
  }

  /**
   * Password of the migration connection.
   *
   * @return the password, or null
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the password of the migration connection.
   *
   * @param password the password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * Schema of the revision table.
   *
   * @return the schema name
   */
  public String getRevisionsSchema() {
    return revisionsSchema;
  }

  /**
   * Sets the schema of the revision table.
   *
   * @param revisionsSchema the schema name
   */
  public void setRevisionsSchema(String revisionsSchema) {
    this.revisionsSchema = revisionsSchema;
  }

  /**
   * Name of the revision table.
   *
   * @return the table name
   */
  public String getRevisionsTable() {
    return revisionsTable;
  }

  /**
   * Sets the name of the revision table.
   *
   * @param revisionsTable the table name
   */
  public void setRevisionsTable(String revisionsTable) {
    this.revisionsTable = revisionsTable;
  }

  /**
   * The baseline version for a database without revisions.
   *
   * @return the version, or null
   */
  public String getBaselineVersion() {
    return baselineVersion;
  }

  /**
   * Sets the baseline version.
   *
   * @param baselineVersion the version of an existing migration file
   */
  public void setBaselineVersion(String baselineVersion) {
    this.baselineVersion = baselineVersion;
  }

  /**
   * Whether migration may start on a database with objects but no revisions.
   *
   * @return false by default
   */
  public boolean isAllowDirty() {
    return allowDirty;
  }

  /**
   * Sets whether migration may start on a database with objects but no revisions.
   *
   * @param allowDirty true to allow
   */
  public void setAllowDirty(boolean allowDirty) {
    this.allowDirty = allowDirty;
  }

  /**
   * The transaction mode.
   *
   * @return {@link TxMode#FILE} by default
   */
  public TxMode getTxMode() {
    return txMode;
  }

  /**
   * Sets the transaction mode.
   *
   * @param txMode the mode
   */
  public void setTxMode(TxMode txMode) {
    this.txMode = txMode;
  }

  /**
   * The execution order for files ordered before the last applied one.
   *
   * @return {@link ExecOrder#LINEAR} by default
   */
  public ExecOrder getExecOrder() {
    return execOrder;
  }

  /**
   * Sets the execution order.
   *
   * @param execOrder the order
   */
  public void setExecOrder(ExecOrder execOrder) {
    this.execOrder = execOrder;
  }

  /**
   * How long to wait for the migration lock.
   *
   * @return 10 minutes by default
   */
  public Duration getLockTimeout() {
    return lockTimeout;
  }

  /**
   * Sets how long to wait for the migration lock.
   *
   * @param lockTimeout the timeout; zero tries once
   */
  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  /**
   * How long to retry while the database is unreachable.
   *
   * @return 30 seconds by default
   */
  public Duration getConnectRetry() {
    return connectRetry;
  }

  /**
   * Sets how long to retry while the database is unreachable.
   *
   * @param connectRetry the budget; zero tries once
   */
  public void setConnectRetry(Duration connectRetry) {
    this.connectRetry = connectRetry;
  }

  /**
   * The running environment, for {@code cairn:skip-on}.
   *
   * @return the environment name, or null
   */
  public String getEnvironment() {
    return environment;
  }

  /**
   * Sets the running environment.
   *
   * @param environment e.g. {@code production}
   */
  public void setEnvironment(String environment) {
    this.environment = environment;
  }

  /**
   * The guard settings.
   *
   * @return the guard settings
   */
  public Guard getGuard() {
    return guard;
  }

  /**
   * The drift-detection settings.
   *
   * @return the drift settings
   */
  public Drift getDrift() {
    return drift;
  }

  /** What happens at startup. */
  public enum Mode {
    /** Apply pending migrations, then start the application. */
    MIGRATE,
    /**
     * Start only if every migration file is applied and no applied file changed; apply nothing. For
     * applications whose migrations run in a separate release step.
     */
    VALIDATE,
    /**
     * Apply pending migrations, then exit: status 0 when they applied, 1 when they failed. The
     * application's own beans are not created. For init containers and release commands.
     */
    MIGRATE_ONLY
  }

  /** Settings of the DDL guard and of the startup checks. */
  public static class Guard {
    /**
     * What the guard does with DDL sent through the application's data source: 'fail' refuses it,
     * 'warn' logs it and lets it run, 'off' does not wrap the data source. Also what happens when
     * Hibernate settings would generate the schema: 'fail' stops startup, 'warn' logs.
     */
    private GuardMode mode = GuardMode.FAIL;

    /**
     * Regular expressions of DDL statements the application may run anyway, matched in full against
     * the statement without comments and with whitespace collapsed, e.g. '(?i)create table if not
     * exists shedlock .*'.
     */
    private List<String> allow = new ArrayList<>();

    /** Whether DO blocks (which cannot be analysed) are let through. */
    private boolean allowDoBlocks;

    /**
     * Least-privilege check of the application's database role at startup: 'fail' stops startup
     * when the role can change the schema (superuser, CREATE on the database or a schema, owner of
     * a table), 'warn' logs the findings with the SQL that fixes them, 'off' skips the check.
     */
    private GuardMode privileges = GuardMode.WARN;

    /**
     * What the guard does with refused DDL.
     *
     * @return {@link GuardMode#FAIL} by default
     */
    public GuardMode getMode() {
      return mode;
    }

    /**
     * Sets what the guard does with refused DDL.
     *
     * @param mode the mode
     */
    public void setMode(GuardMode mode) {
      this.mode = mode;
    }

    /**
     * Patterns of DDL let through.
     *
     * @return the regular expressions
     */
    public List<String> getAllow() {
      return allow;
    }

    /**
     * Sets the patterns of DDL let through.
     *
     * @param allow the regular expressions
     */
    public void setAllow(List<String> allow) {
      this.allow = allow;
    }

    /**
     * Whether DO blocks are let through.
     *
     * @return false by default
     */
    public boolean isAllowDoBlocks() {
      return allowDoBlocks;
    }

    /**
     * Sets whether DO blocks are let through.
     *
     * @param allowDoBlocks true to allow them
     */
    public void setAllowDoBlocks(boolean allowDoBlocks) {
      this.allowDoBlocks = allowDoBlocks;
    }

    /**
     * The least-privilege check's mode.
     *
     * @return {@link GuardMode#WARN} by default
     */
    public GuardMode getPrivileges() {
      return privileges;
    }

    /**
     * Sets the least-privilege check's mode.
     *
     * @param privileges the mode
     */
    public void setPrivileges(GuardMode privileges) {
      this.privileges = privileges;
    }
  }

  /** What a drift check at startup does when the database has drifted. */
  public enum DriftCheck {
    /** No check at startup (the default). */
    OFF,
    /** Log the differences and the SQL both ways as a warning, then start. */
    WARN,
    /** Log the differences and refuse to start. */
    FAIL
  }

  /**
   * Drift detection: the applied migration files are replayed on a dev database and compared with
   * the live database. Needs {@code dev.cairn:cairn-schema-diff} on the class path (it brings the
   * embedded dev database); without it, enabling a check stops startup with a message saying so.
   */
  public static class Drift {
    /**
     * Drift check at startup, after migrations ran: 'off' (the default) skips it, 'warn' logs the
     * differences, 'fail' refuses to start when the database differs from its applied migrations.
     */
    private DriftCheck checkOnStartup = DriftCheck.OFF;

    /**
     * Whether the 'cairnDrift' health indicator reports drift (DOWN when the database differs from
     * its applied migrations). Its result is cached for 'cairn.drift.health-cache'.
     */
    private boolean health;

    /**
     * How long a drift result serves the health indicator before it is checked again; a check
     * replays every applied file.
     */
    private Duration healthCache = Duration.ofMinutes(10);

    /**
     * The dev database the applied files are replayed on: 'embedded:postgres:17' (the default; 15,
     * 16 and 18 too) starts an embedded PostgreSQL once in this JVM, a JDBC URL names a server
     * where Cairn may create scratch databases (never the application's database).
     */
    private String devUrl = "embedded:postgres:17";

    /**
     * What the startup check does.
     *
     * @return {@link DriftCheck#OFF} by default
     */
    public DriftCheck getCheckOnStartup() {
      return checkOnStartup;
    }

    /**
     * Sets what the startup check does.
     *
     * @param checkOnStartup off, warn or fail
     */
    public void setCheckOnStartup(DriftCheck checkOnStartup) {
      this.checkOnStartup = checkOnStartup;
    }

    /**
     * Whether the health indicator reports drift.
     *
     * @return false by default
     */
    public boolean isHealth() {
      return health;
    }

    /**
     * Sets whether the health indicator reports drift.
     *
     * @param health true to add the {@code cairnDrift} indicator
     */
    public void setHealth(boolean health) {
      this.health = health;
    }

    /**
     * How long a result serves the health indicator.
     *
     * @return ten minutes by default
     */
    public Duration getHealthCache() {
      return healthCache;
    }

    /**
     * Sets how long a result serves the health indicator.
     *
     * @param healthCache the duration; zero checks on every call
     */
    public void setHealthCache(Duration healthCache) {
      this.healthCache = healthCache;
    }

    /**
     * The dev database URL.
     *
     * @return {@code embedded:postgres:17} by default
     */
    public String getDevUrl() {
      return devUrl;
    }

    /**
     * Sets the dev database URL.
     *
     * @param devUrl {@code embedded:postgres:N} or a JDBC URL
     */
    public void setDevUrl(String devUrl) {
      this.devUrl = devUrl;
    }

    /**
     * Whether anything asks for drift checks (startup or health).
     *
     * @return true when a check is enabled
     */
    public boolean anyCheckEnabled() {
      return checkOnStartup != DriftCheck.OFF || health;
    }
  }
}
