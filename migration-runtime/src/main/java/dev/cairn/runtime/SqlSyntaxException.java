package dev.cairn.runtime;

import java.util.Optional;

/**
 * SQL text could not be split into statements, for example because a string literal, quoted
 * identifier, dollar-quoted string or block comment is never closed. Carries the source (usually a
 * migration file name) and the 1-based line where the offending construct starts.
 */
public class SqlSyntaxException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Creates an exception.
   *
   * @param source the file name or other label of the SQL text, or null when unknown
   * @param line the 1-based line where the problem starts
   * @param problem what is wrong and what to do, without location (it is prefixed here)
   */
  public SqlSyntaxException(String source, int line, String problem) {
    super(ErrorCode.SQL_SYNTAX, location(source, line) + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /**
   * The file name or label of the SQL text, when known.
   *
   * @return the source
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The 1-based line where the problem starts.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns a copy of this exception attributed to a source (used when SQL text was split before
   * its file name was known).
   *
   * @param newSource the file name
   * @return a new exception with the same line and problem
   */
  public SqlSyntaxException withSource(String newSource) {
    SqlSyntaxException e = new SqlSyntaxException(newSource, line, problem());
    e.setStackTrace(getStackTrace());
    return e;
  }

  private String problem() {
    String prefix = location(source, line) + ": ";
    String message = getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String location(String source, int line) {
    return (source == null ? "line " + line : source + ":" + line);
  }
}
