package dev.cairn.diff.lint;

/**
 * The families of lint rules. Each rule code starts with its group's prefix, so a configuration or
 * an {@code atlas:nolint} directive can name a whole group by its prefix (e.g. {@code DS}).
 */
public enum LintGroup {
  /** {@code DS}: statements that destroy data or objects (drops, truncation). */
  DESTRUCTIVE("DS", "Destructive changes"),
  /** {@code MF}: statements that may fail, depending on the rows already in the table. */
  DATA_DEPENDENT("MF", "Data-dependent changes"),
  /** {@code BC}: changes that break the application version still running during a deploy. */
  BACKWARD_INCOMPATIBLE("BC", "Backward-incompatible changes"),
  /** {@code PG}: PostgreSQL lock, rewrite and transaction hazards. */
  LOCKS("PG", "PostgreSQL locks and rewrites"),
  /** {@code NM}: naming conventions (opt-in). */
  NAMING("NM", "Naming"),
  /** {@code CH}: the shape of the migration history. */
  HISTORY("CH", "Migration history"),
  /** {@code EX}: the file could not be executed on the dev database. */
  EXECUTION("EX", "Execution on the dev database");

  private final String prefix;
  private final String title;

  LintGroup(String prefix, String title) {
    this.prefix = prefix;
    this.title = title;
  }

  /**
   * The code prefix of the group's rules.
   *
   * @return e.g. {@code DS}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * A human title for the group.
   *
   * @return e.g. {@code Destructive changes}
   */
  public String title() {
    return title;
  }
}
