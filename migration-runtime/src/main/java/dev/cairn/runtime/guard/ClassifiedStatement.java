package dev.cairn.runtime.guard;

import java.util.Objects;

/**
 * One statement of a classified SQL text.
 *
 * @param text the statement as written (comments inside it kept, delimiter removed)
 * @param kind what it does to the schema
 * @param command the command it was recognised as, upper case, e.g. {@code "CREATE TABLE"}, {@code
 *     "SELECT INTO"}, {@code "DROP INDEX"}, {@code "SELECT"}
 * @param reason why it has that kind, in words, e.g. {@code "CREATE TABLE changes the schema"}
 */
public record ClassifiedStatement(String text, StatementKind kind, String command, String reason) {

  /**
   * Creates a classified statement.
   *
   * @param text the statement text
   * @param kind its kind
   * @param command the recognised command
   * @param reason why it has that kind
   */
  public ClassifiedStatement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Whether the statement changes the schema ({@link StatementKind#DDL}).
   *
   * @return true for DDL
   */
  public boolean isDdl() {
    return kind == StatementKind.DDL;
  }
}
