package dev.cairn.diff.internal.source;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.internal.dev.DevUrls;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A live database, inspected where it is (read-only); no dev database and no cache are involved.
 */
public final class LiveDatabaseSource implements SchemaSource {
  private final String jdbcUrl;
  private final String shownUrl;
  private final String user;
  private final String password;

  /**
   * Creates the source.
   *
   * @param url a {@code jdbc:postgresql:} or {@code postgres://} URL
   * @param user the user, or {@code null} to take it from the URL
   * @param password the password, or {@code null}
   */
  public LiveDatabaseSource(String url, String user, String password) {
    this.jdbcUrl = url.startsWith("jdbc:") ? url : DevUrls.toJdbc(url);
    this.shownUrl = DevUrls.redact(url);
    this.user = user;
    this.password = password;
  }

  @Override
  public String description() {
    return "database " + shownUrl;
  }

  @Override
  public Database load(DevDatabase dev, LoadOptions options) {
    return inspect(options);
  }

  /**
   * Inspects the database.
   *
   * @param options the inspect options are used; cache and dev database are not
   * @return the state
   */
  public Database inspect(LoadOptions options) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      ds.setURL(jdbcUrl);
    } catch (IllegalArgumentException e) {
      throw new CairnException(
          ErrorCode.INSPECTION_FAILED, "Invalid database URL " + shownUrl + ": " + e.getMessage());
    }
    if (user != null) {
      ds.setUser(user);
    }
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setReadOnly(true);
    ds.setApplicationName("cairn inspect");
    try (Connection c = ds.getConnection()) {
      return CatalogInspector.inspect(c, options.inspect());
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.INSPECTION_FAILED,
          "Cannot connect to "
              + shownUrl
              + ": "
              + e.getMessage()
              + ". Check the URL, the credentials and that the server accepts connections.",
          e);
    }
  }

  @Override
  public String toString() {
    return description();
  }
}
