package dev.cairn.maven;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.maven.internal.ShutdownSafety;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that execute SQL on a dev database to learn what schema it produces: migration files,
 * desired DDL, statements to lint. The dev database never is the target database.
 */
public abstract class AbstractDevDatabaseMojo extends AbstractCairnMojo {
  private static final String QUIET_EMBEDDED = "org.slf4j.simpleLogger.log.io.zonky";

  /**
   * The PostgreSQL major version production runs (15 to 18): the entity DDL, the dev database and
   * the planned statements follow it.
   */
  @Parameter(property = "cairn.databaseVersion", defaultValue = "17")
  int databaseVersion;

  /**
   * The dev database: {@code embedded:postgres:N} (started in the Maven JVM, no Docker needed),
   * {@code jdbc:postgresql://…} or {@code postgres://…} of a server where Cairn may create scratch
   * databases, or {@code docker://postgres/N}. Default: {@code
   * embedded:postgres:<databaseVersion>}; also the environment variable {@code CAIRN_DEV_URL}.
   */
  @Parameter(property = "cairn.devUrl")
  String devUrl;

  /** Creates the goal (Maven instantiates it). */
  protected AbstractDevDatabaseMojo() {}

  /**
   * Opens the dev database; close it when done.
   *
   * @return the dev database
   */
  protected DevDatabase openDevDatabase() {
    String u = devUrl;
    if (u == null || u.isBlank()) {
      u = System.getenv("CAIRN_DEV_URL");
    }
    if (u == null || u.isBlank()) {
      u = "embedded:postgres:" + databaseVersion;
    }
    if (u.startsWith("embedded:")) {
      ShutdownSafety.prepare();
      // The embedded server's own start-up chatter (initdb, server log) would fill the build log;
      // Cairn reports the start in one line. Maven's logger reads levels from system properties
      // when a logger is created, so this must happen before the first start.
      if (System.getProperty(QUIET_EMBEDDED) == null) {
        System.setProperty(QUIET_EMBEDDED, "warn");
      }
    }
    DevDatabase dev = DevDatabases.open(u);
    getLog().info("Dev database: " + dev.description());
    return dev;
  }
}
