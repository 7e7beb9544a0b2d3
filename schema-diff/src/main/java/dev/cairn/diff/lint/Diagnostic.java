package dev.cairn.diff.lint;

import java.util.Objects;

/**
 * One finding of the linter: what rule fired, where, and what to do instead.
 *
 * @param rule the rule that fired
 * @param severity the effective severity (after configuration)
 * @param file the file name, relative to the migration directory (e.g. {@code 20240101_add.sql})
 * @param line the 1-based line of the statement (1 for findings about the whole file)
 * @param statement the statement, whitespace collapsed and abbreviated; empty for file findings
 * @param message what happens, naming the objects involved
 * @param lock the lock the statement takes, e.g. {@code ACCESS EXCLUSIVE on public.orders}, or
 *     {@code null} when no lock matters
 * @param blocks what the lock blocks while held, or {@code null}
 * @param fix the safe alternative, spelled out in SQL (may hold several statements and {@code --}
 *     comments), or {@code null} when there is none
 */
public record Diagnostic(
    LintRule rule,
    Severity severity,
    String file,
    int line,
    String statement,
    String message,
    String lock,
    String blocks,
    String fix) {

  /** Validates the required parts. */
  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The rule's stable code.
   *
   * @return e.g. {@code PG101}
   */
  public String code() {
    return rule.code();
  }

  /**
   * The same diagnostic with another severity.
   *
   * @param newSeverity the severity
   * @return a copy
   */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(rule, newSeverity, file, line, statement, message, lock, blocks, fix);
  }
}
