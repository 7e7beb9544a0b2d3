package dev.cairn.diff.internal.lint;

import java.util.List;

/** One family of checks. Analyzers only read the contexts; they never touch the database. */
public interface Analyzer {
  /**
   * Judges one executed statement.
   *
   * @param ctx the statement and what it did
   * @param findings where to report
   */
  default void statement(StatementContext ctx, Findings findings) {}

  /**
   * Judges a whole file once all its statements ran, for checks that need to know how the file ends
   * (e.g. a dropped index that is re-created later in the file is not a loss).
   *
   * @param file the file
   * @param statements the contexts of its statements, in order
   * @param findings where to report
   */
  default void file(LintFile file, List<StatementContext> statements, Findings findings) {}
}
