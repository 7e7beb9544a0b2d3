package dev.cairn.diff.lint;

import java.util.Comparator;
import java.util.List;

/**
 * The result of linting a migration directory.
 *
 * @param directory the migration directory, as given
 * @param files the names of the files that were linted, in order
 * @param diagnostics the findings that remain after suppression, ordered by file, line and code
 * @param suppressed findings silenced by {@code atlas:nolint}, in the same order
 * @param skipped files selected for linting that could not be linted because an earlier statement
 *     failed on the dev database (see rule EX101)
 */
public record LintReport(
    String directory,
    List<String> files,
    List<Diagnostic> diagnostics,
    List<Diagnostic> suppressed,
    List<String> skipped) {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparing(Diagnostic::code);

  /** Copies and orders the lists. */
  public LintReport {
    files = List.copyOf(files);
    diagnostics = diagnostics.stream().sorted(ORDER).toList();
    suppressed = suppressed.stream().sorted(ORDER).toList();
    skipped = List.copyOf(skipped);
  }

  /**
   * Whether any error-level finding remains; {@code cairn migrate lint} then exits non-zero.
   *
   * @return true if at least one diagnostic has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Counts the remaining findings of one severity.
   *
   * @param severity the severity
   * @return how many diagnostics have it
   */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /**
   * The remaining findings of one rule.
   *
   * @param rule the rule
   * @return its diagnostics, in report order
   */
  public List<Diagnostic> of(LintRule rule) {
    return diagnostics.stream().filter(d -> d.rule() == rule).toList();
  }
}
