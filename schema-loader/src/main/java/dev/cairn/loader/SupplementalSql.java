package dev.cairn.loader;

import java.util.Objects;

/**
 * One piece of hand-written SQL appended to the generated DDL: what JPA cannot express (views,
 * partial and expression indexes, triggers, functions, extensions, grants).
 *
 * @param source where it came from, as shown in the DDL's tag comment: a file's name relative to
 *     the directory it was found in (prefixed with that directory's own name), a file's own name
 *     when the file was given directly, or the name given for inline SQL; never an absolute path,
 *     so the text is the same on every machine
 * @param sql the SQL text, with line endings normalised to {@code \n} and ending in a newline
 */
public record SupplementalSql(String source, String sql) {
  /**
   * Validates the components.
   *
   * @param source where it came from
   * @param sql the SQL text
   */
  public SupplementalSql {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sql, "sql");
  }
}
