package dev.cairn.maven;

import dev.cairn.diff.DevDatabase;
import dev.cairn.maven.internal.DevDatabaseOpener;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that execute SQL on a dev database to learn what schema it produces: migration files,
 * desired DDL, statements to lint. The dev database never is the target database.
 */
public abstract class AbstractDevDatabaseMojo extends AbstractCairnMojo {
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
    return DevDatabaseOpener.open(devUrl, databaseVersion, getLog()::info);
  }
}
