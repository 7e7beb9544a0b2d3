package dev.cairn.diff.internal.dev;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabaseNotCleanException;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.View;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database a URL names, used directly because the user may not create databases. It must be
 * clean when acquired; after use, everything created in it is dropped again. One operation at a
 * time.
 */
public final class DirectDevDatabase implements DevDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(DirectDevDatabase.class);

  private final DataSource dataSource;
  private final String databaseName;
  private final String jdbcUrl;
  private final String description;
  private final String whyDirect;
  private final AtomicBoolean inUse = new AtomicBoolean();

  /**
   * Creates the dev database.
   *
   * @param dataSource connections to the database, with credentials
   * @param databaseName the database name
   * @param jdbcUrl its URL without credentials
   * @param description what it is, for messages (no password)
   * @param whyDirect why Cairn uses this database itself rather than scratch databases
   */
  public DirectDevDatabase(
      DataSource dataSource,
      String databaseName,
      String jdbcUrl,
      String description,
      String whyDirect) {
    this.dataSource = dataSource;
    this.databaseName = databaseName;
    this.jdbcUrl = jdbcUrl;
    this.description = description;
    this.whyDirect = whyDirect;
  }

  @Override
  public CleanDatabase acquire() {
    if (!inUse.compareAndSet(false, true)) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "The dev database "
              + description
              + " is already in use by another operation of this process. "
              + whyDirect
              + " Cairn can then load only one state at a time; give a user that may create"
              + " databases (CREATEDB) to run several at once.");
    }
    try {
      List<String> objects = objects();
      if (!objects.isEmpty()) {
        throw notClean(objects);
      }
      return new Lease();
    } catch (RuntimeException e) {
      inUse.set(false);
      throw e;
    }
  }

  private List<String> objects() {
    try (Connection c = dataSource.getConnection()) {
      return Cleanliness.objects(CatalogInspector.inspect(c, InspectOptions.everything()));
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Cannot connect to the dev database " + description + ": " + e.getMessage(),
          e);
    }
  }

  private DevDatabaseNotCleanException notClean(List<String> objects) {
    return new DevDatabaseNotCleanException(
        "The dev database "
            + description
            + " is not clean: it holds "
            + objects.size()
            + (objects.size() == 1 ? " object (" : " objects (")
            + Cleanliness.summary(objects, 10)
            + ").\n"
            + "Why it must be clean: Cairn executes your migrations and your desired schema on the"
            + " dev database and reads the result back from the catalog. Whatever is already there"
            + " would be read as part of your schema, so generated migrations would silently"
            + " create or drop it. Cairn never drops objects it did not create.\n"
            + whyDirect
            + "\nTo fix it, do one of:\n"
            + "  - give an empty database: CREATE DATABASE cairn_dev; then --dev-url"
            + " jdbc:postgresql://host:port/cairn_dev;\n"
            + "  - give a user allowed to create databases (ALTER ROLE … CREATEDB): Cairn then"
            + " creates and drops its own scratch databases on that server and never touches the"
            + " database in the URL;\n"
            + "  - or use the embedded dev database (no server needed): --dev-url"
            + " embedded:postgres:17.\n"
            + "Never point the dev database at a database holding real data.",
        objects);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public int majorVersion() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseMajorVersion();
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Cannot connect to the dev database " + description + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    // Nothing was started: the database belongs to the user.
  }

  @Override
  public String toString() {
    return description;
  }

  /** Drops everything created during a lease, so that the next acquire finds the database clean. */
  private void clean() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Database db = CatalogInspector.inspect(c, InspectOptions.everything());
      List<String> drops = new ArrayList<>();
      for (Extension e : db.extensions()) {
        drops.add("DROP EXTENSION IF EXISTS " + Identifiers.quote(e.name()) + " CASCADE");
      }
      for (Schema s : db.schemas()) {
        if (!s.name().equals("public")) {
          drops.add("DROP SCHEMA IF EXISTS " + Identifiers.quote(s.name()) + " CASCADE");
          continue;
        }
        // The public schema itself stays: it belongs to the database owner, not to Cairn.
        for (View v : s.views()) {
          drops.add(
              (v.materialized() ? "DROP MATERIALIZED VIEW" : "DROP VIEW")
                  + " IF EXISTS "
                  + v.name().sql()
                  + " CASCADE");
        }
        for (Table t : s.tables()) {
          drops.add("DROP TABLE IF EXISTS " + t.name().sql() + " CASCADE");
        }
        for (Sequence q : s.sequences()) {
          drops.add("DROP SEQUENCE IF EXISTS " + q.name().sql() + " CASCADE");
        }
        for (Routine r : s.routines()) {
          drops.add(
              (r.procedure() ? "DROP PROCEDURE" : "DROP FUNCTION")
                  + " IF EXISTS "
                  + r.signature()
                  + " CASCADE");
        }
        for (EnumType e : s.enums()) {
          drops.add("DROP TYPE IF EXISTS " + e.name().sql() + " CASCADE");
        }
        for (CompositeType t : s.compositeTypes()) {
          drops.add("DROP TYPE IF EXISTS " + t.name().sql() + " CASCADE");
        }
        for (Domain d : s.domains()) {
          drops.add("DROP DOMAIN IF EXISTS " + d.name().sql() + " CASCADE");
        }
      }
      try (Statement st = c.createStatement()) {
        for (String sql : drops) {
          st.execute(sql);
        }
      }
      List<String> left =
          Cleanliness.objects(CatalogInspector.inspect(c, InspectOptions.everything()));
      if (!left.isEmpty()) {
        LOG.warn(
            "Cairn could not remove everything it created in the dev database {}: {}. Remove"
                + " these objects by hand before the next run.",
            description,
            Cleanliness.summary(left, 20));
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "Cleaning the dev database {} after use failed: {}. The next run will refuse it until"
              + " it is empty again.",
          description,
          e.getMessage());
    }
  }

  /** The database itself, lent out for one operation. */
  private final class Lease implements CleanDatabase {
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public String name() {
      return databaseName;
    }

    @Override
    public String jdbcUrl() {
      return jdbcUrl;
    }

    @Override
    public DataSource dataSource() {
      return dataSource;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        try {
          clean();
        } finally {
          inUse.set(false);
        }
      }
    }

    @Override
    public String toString() {
      return "dev database " + databaseName;
    }
  }
}
