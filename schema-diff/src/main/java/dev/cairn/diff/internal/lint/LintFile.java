package dev.cairn.diff.internal.lint;

import dev.cairn.runtime.sql.SqlStatement;
import java.util.List;

/**
 * One migration file as the linter needs it: built from the runtime's {@code MigrationFile} (name,
 * version, split statements and directives).
 *
 * @param name the file name, e.g. {@code 20240101120000_add_index.sql}
 * @param version the version part of the name
 * @param statements the statements, as the runtime's splitter cut them
 * @param transactional whether the runtime runs the file in a transaction (not {@code atlas:txmode
 *     none})
 * @param nolintAll whether the file carries a bare {@code atlas:nolint} directive
 * @param nolint the selectors of a file-level {@code atlas:nolint …} directive
 */
public record LintFile(
    String name,
    String version,
    List<SqlStatement> statements,
    boolean transactional,
    boolean nolintAll,
    List<String> nolint) {
  /** Copies the lists. */
  public LintFile {
    statements = List.copyOf(statements);
    nolint = List.copyOf(nolint);
  }
}
