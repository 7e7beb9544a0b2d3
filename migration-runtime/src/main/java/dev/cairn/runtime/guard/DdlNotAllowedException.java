package dev.cairn.runtime.guard;

import java.sql.SQLException;
import java.util.Objects;

/**
 * Thrown by a {@link DdlGuard}-wrapped connection instead of sending a statement that would change
 * the schema. The statement never reached the database, so the transaction and connection are
 * unaffected.
 *
 * <p>Its SQLSTATE is {@value #SQL_STATE} ({@code insufficient_privilege}), the code PostgreSQL
 * itself raises when a least-privileged application role attempts DDL — so error handling and
 * exception translation (e.g. Spring's) treat both alike. The message names the statement
 * (abbreviated) and how to move the change into a migration.
 */
public class DdlNotAllowedException extends SQLException {
  private static final long serialVersionUID = 1L;

  /** The SQLSTATE of every {@code DdlNotAllowedException}: {@code insufficient_privilege}. */
  public static final String SQL_STATE = "42501";

  /** Maximum length of the statement quoted in the message. */
  static final int MAX_QUOTED = 200;

  private final transient ClassifiedStatement statement;
  private final String abbreviated;

  /**
   * Creates the exception for a refused statement.
   *
   * @param statement the refused statement
   */
  public DdlNotAllowedException(ClassifiedStatement statement) {
    super(message(statement), SQL_STATE);
    this.statement = Objects.requireNonNull(statement, "statement");
    this.abbreviated = abbreviate(statement.text());
  }

  /**
   * The refused statement, with its classification.
   *
   * @return the statement (null only after deserialization)
   */
  public ClassifiedStatement statement() {
    return statement;
  }

  /**
   * The refused statement's text, on one line and cut to {@value #MAX_QUOTED} characters.
   *
   * @return the abbreviated statement
   */
  public String abbreviatedStatement() {
    return abbreviated;
  }

  private static String message(ClassifiedStatement statement) {
    String what =
        statement.kind() == StatementKind.DO_BLOCK
            ? "A DO block is not allowed through this DataSource: " + statement.reason() + "."
            : "DDL is not allowed through this DataSource: " + statement.reason() + ".";
    return what
        + "\n  statement: "
        + abbreviate(statement.text())
        + "\nThe application must not change the schema at run time; schema changes belong in"
        + " versioned migrations. Move this change into a migration: change the entities (or a"
        + " supplemental SQL file) and run `cairn migrate diff <name>`, or add a new migration"
        + " file to the migration directory. If the application must run this statement itself"
        + " (e.g. a library's own table), allow it with"
        + " GuardOptions.builder().allow(\"<regex>\")"
        + (statement.kind() == StatementKind.DO_BLOCK ? " or .allowDoBlocks(true)" : "")
        + ".";
  }

  /**
   * Puts a statement on one line and cuts it to {@value #MAX_QUOTED} characters.
   *
   * @param sql the statement
   * @return the abbreviation
   */
  static String abbreviate(String sql) {
    String oneLine = sql.strip().replaceAll("[\\s\\p{Z}]+", " ");
    if (oneLine.length() <= MAX_QUOTED) {
      return oneLine;
    }
    return oneLine.substring(0, MAX_QUOTED - 1) + "…";
  }
}
