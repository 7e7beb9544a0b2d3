package dev.cairn.diff.internal.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.SchemaSourceException;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Replays migration files one at a time on one clean dev database and inspects it whenever asked:
 * what drift needs (exactly the applied files, the last one possibly only in part) and what
 * adoption needs (the state after every file, for one replay of the whole directory instead of one
 * per version).
 *
 * <p>Each statement runs in its own transaction, as the schema sources do, so non-transactional
 * statements ({@code CREATE INDEX CONCURRENTLY}) work; the session is reset between files so one
 * file's {@code SET} never leaks into the next.
 */
public final class Replayer implements AutoCloseable {
  private static final int MAX_STATEMENT_CHARS = 2000;

  private final DevDatabase dev;
  private final CleanDatabase database;
  private final Connection connection;
  private final String source;

  private Replayer(DevDatabase dev, CleanDatabase database, Connection connection, String source) {
    this.dev = dev;
    this.database = database;
    this.connection = connection;
    this.source = source;
  }

  /**
   * Acquires a clean database.
   *
   * @param dev the dev database
   * @param source what is replayed, for messages (e.g. {@code migration directory migrations})
   * @return the replayer; close it to drop the database
   */
  public static Replayer open(DevDatabase dev, String source) {
    CleanDatabase db = dev.acquire();
    try {
      Connection c = db.connect();
      c.setAutoCommit(true);
      return new Replayer(dev, db, c, source);
    } catch (SQLException e) {
      db.close();
      throw lost(dev, source, e);
    }
  }

  /**
   * Executes every statement of a file.
   *
   * @param file the file
   * @throws SchemaSourceException naming the file and line when a statement fails
   */
  public void run(MigrationFile file) {
    run(file, file.statements().size());
  }

  /**
   * Executes the first {@code count} statements of a file (a partially applied file).
   *
   * @param file the file
   * @param count how many statements
   * @throws SchemaSourceException naming the file and line when a statement fails
   */
  public void run(MigrationFile file, int count) {
    List<SqlStatement> statements = file.statements();
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      for (SqlStatement s : statements.subList(0, Math.min(count, statements.size()))) {
        try {
          st.execute(s.text());
        } catch (SQLException e) {
          throw failure(file.name(), s, e);
        }
      }
      // SET SESSION AUTHORIZATION DEFAULT also resets ROLE; RESET ALL skips both.
      st.execute("SET SESSION AUTHORIZATION DEFAULT");
      st.execute("RESET ALL");
      st.execute("DISCARD TEMP");
    } catch (SQLException e) {
      throw lost(dev, source, e);
    }
  }

  /**
   * Inspects the replayed state.
   *
   * @param options what to read
   * @return the state
   */
  public Database inspect(InspectOptions options) {
    return CatalogInspector.inspect(connection, options);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // The database is dropped next; a failed close loses nothing.
    } finally {
      database.close();
    }
  }

  private static CairnException lost(DevDatabase dev, String source, SQLException e) {
    return new CairnException(
        ErrorCode.DEV_DATABASE_UNAVAILABLE,
        "Lost the connection to the dev database ("
            + dev.description()
            + ") while replaying "
            + source
            + ": "
            + e.getMessage(),
        e);
  }

  private SchemaSourceException failure(String file, SqlStatement s, SQLException e) {
    String text = s.text();
    if (text.length() > MAX_STATEMENT_CHARS) {
      text = text.substring(0, MAX_STATEMENT_CHARS) + "\n    … (" + text.length() + " characters)";
    }
    String message =
        "Replaying "
            + source
            + " on the dev database failed at "
            + file
            + ":"
            + s.line()
            + ": "
            + e.getMessage()
            + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")")
            + "\n  Statement:\n    "
            + text.replace("\n", "\n    ")
            + "\nThe file must replay on a clean database to say what schema it produces. Only a"
            + " scratch dev database was changed.";
    return new SchemaSourceException(message, file, s.line(), s.text(), e.getSQLState(), e);
  }
}
