package dev.cairn.diff.internal.dev;

import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.embedded.DatabaseUnavailableException;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import javax.sql.DataSource;

/**
 * A dev database on a server where Cairn may create databases: each {@link #acquire()} creates a
 * fresh one from {@code template0} and its close drops it.
 */
public final class ServerDevDatabase implements DevDatabase {
  private final PostgresServer server;
  private final String description;
  private final Runnable onClose;
  private volatile Integer majorVersion;

  /**
   * Creates the dev database.
   *
   * @param server the server to create databases on
   * @param description what it is, for messages
   * @param onClose what to release on close (e.g. stop a container), or {@code null}
   */
  public ServerDevDatabase(PostgresServer server, String description, Runnable onClose) {
    this.server = server;
    this.description = description;
    this.onClose = onClose;
  }

  @Override
  public CleanDatabase acquire() {
    ScratchDatabase db;
    try {
      db = server.createDatabase("cairn_dev");
    } catch (DatabaseUnavailableException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Could not create a scratch database on the dev database ("
              + description
              + "): "
              + e.getMessage(),
          e);
    }
    return new Scratch(db);
  }

  @Override
  public boolean concurrent() {
    // Every acquire creates its own database on the server.
    return true;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public int majorVersion() {
    Integer v = majorVersion;
    if (v == null) {
      try {
        v = server.majorVersion();
      } catch (DatabaseUnavailableException e) {
        throw new CairnException(ErrorCode.DEV_DATABASE_UNAVAILABLE, e.getMessage(), e);
      }
      majorVersion = v;
    }
    return v;
  }

  @Override
  public void close() {
    if (onClose != null) {
      onClose.run();
    }
  }

  @Override
  public String toString() {
    return description;
  }

  /** A scratch database wrapped as a clean database. */
  private static final class Scratch implements CleanDatabase {
    private final ScratchDatabase db;

    Scratch(ScratchDatabase db) {
      this.db = db;
    }

    @Override
    public String name() {
      return db.name();
    }

    @Override
    public String jdbcUrl() {
      return db.jdbcUrl();
    }

    @Override
    public DataSource dataSource() {
      return db.dataSource();
    }

    @Override
    public void close() {
      db.close();
    }

    @Override
    public String toString() {
      return "scratch database " + db.name();
    }
  }
}
