package dev.cairn.diff;

/**
 * Where Cairn executes SQL to learn what schema it produces: a PostgreSQL server that hands out
 * clean databases and removes them after use. Open one with {@link DevDatabases#open(String)}.
 *
 * <p>Cairn never parses DDL by hand: migration files and desired schemas are executed on a clean
 * database from here and read back with {@link CatalogInspector}. Close the dev database when done;
 * closing it releases what it started (a container), never a shared embedded server.
 */
public interface DevDatabase extends AutoCloseable {

  /**
   * Hands out a clean database: no user schema but an empty {@code public}, no extension, no object
   * of any kind. Close it to drop (or clean) it.
   *
   * @return a clean database for one operation
   * @throws dev.cairn.runtime.CairnException with {@link
   *     dev.cairn.runtime.ErrorCode#DEV_DATABASE_UNAVAILABLE} when none can be provided, or a
   *     {@link DevDatabaseNotCleanException} when the configured database holds objects
   */
  CleanDatabase acquire();

  /**
   * What this dev database is, for messages: never contains a password.
   *
   * @return e.g. {@code embedded PostgreSQL 17 on port 41234}
   */
  String description();

  /**
   * The server's major version.
   *
   * @return e.g. 17
   */
  int majorVersion();

  /**
   * Whether {@link #acquire()} may be called from several threads at once, each call getting its
   * own database (a server where Cairn creates scratch databases), so that two states can be loaded
   * side by side ({@link States#load}).
   *
   * @return {@code false} unless the implementation says otherwise
   */
  default boolean concurrent() {
    return false;
  }

  /** Releases what this dev database started (a container); databases still acquired are lost. */
  @Override
  void close();
}
