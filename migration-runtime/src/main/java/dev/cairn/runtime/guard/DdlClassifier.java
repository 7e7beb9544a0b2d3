package dev.cairn.runtime.guard;

import dev.cairn.runtime.guard.internal.Classifier;
import java.util.Objects;

/**
 * Tells DDL from ordinary SQL, for PostgreSQL, without a database.
 *
 * <p>The text is tokenized with Cairn's PostgreSQL scanner ({@link dev.cairn.runtime.sql}), so
 * keywords inside comments, string literals ({@code '…'}, {@code E'…'}), quoted identifiers ({@code
 * "drop"}) and dollar quotes ({@code $$…$$}, {@code $fn$…$fn$}) never count; case and any
 * whitespace — Unicode spaces included — do not matter; a text holding several statements is judged
 * statement by statement. See {@link StatementKind} for the documented set of DDL.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>{@code SELECT … INTO t} creates a table and is DDL; {@code INSERT INTO … SELECT} is not.
 *   <li>{@code CREATE TEMP TABLE}, {@code SELECT … INTO TEMP} and objects qualified with {@code
 *       pg_temp} are {@link StatementKind#TEMPORARY}: they vanish with the session.
 *   <li>{@code TRUNCATE} is DDL (PostgreSQL implements it as a utility command taking an {@code
 *       ACCESS EXCLUSIVE} lock); test suites that reset tables with it can allow it by pattern.
 *   <li>{@code VACUUM}, {@code ANALYZE}, {@code REINDEX}, {@code CLUSTER}, {@code REFRESH
 *       MATERIALIZED VIEW} and {@code CHECKPOINT} are {@link StatementKind#MAINTENANCE}, not DDL:
 *       they leave the schema as it is.
 *   <li>{@code EXPLAIN} only plans, unless it is {@code EXPLAIN ANALYZE}, which runs the statement
 *       and is classified like it; {@code PREPARE … AS} is classified like its statement.
 *   <li>{@code DO} blocks are {@link StatementKind#DO_BLOCK}: their code cannot be analysed.
 *       Functions and procedures called with {@code SELECT}/{@code CALL} are not looked into; they
 *       come from migrations.
 *   <li>Text that cannot be tokenized (an unterminated quote or comment) is judged on every token
 *       that could be read, cut at every semicolon, under both settings of {@code
 *       standard_conforming_strings}, keeping the worst result.
 * </ul>
 *
 * <p>Thread-safe and stateless; {@link DdlGuard} caches results per SQL text.
 */
public final class DdlClassifier {
  private DdlClassifier() {}

  /**
   * Classifies a SQL text.
   *
   * @param sql the text, possibly holding several statements separated by semicolons
   * @return each statement with its kind
   */
  public static SqlClassification classify(String sql) {
    Objects.requireNonNull(sql, "sql");
    return Classifier.analyze(sql).classification();
  }
}
