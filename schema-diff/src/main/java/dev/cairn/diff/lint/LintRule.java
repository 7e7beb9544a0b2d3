package dev.cairn.diff.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * The catalog of lint rules. Codes are stable: once released, a code keeps its meaning forever, so
 * {@code atlas:nolint} comments and configuration files keep working. Where Atlas documents a code
 * with the same meaning (DS101–DS103, MF101, MF103, MF104, BC101, BC102, PG101–PG105), Cairn uses
 * the same code, so existing Atlas suppressions carry over. Every rule is documented in {@code
 * docs/lint-codes.md}.
 */
public enum LintRule {
  /** A schema that existed before the changes is dropped. */
  DS101(
      LintGroup.DESTRUCTIVE,
      Severity.ERROR,
      false,
      "Schema dropped",
      "An existing schema is dropped, with every table and row in it."),
  /** An existing table is dropped. */
  DS102(
      LintGroup.DESTRUCTIVE,
      Severity.ERROR,
      false,
      "Table dropped",
      "An existing table is dropped (directly or through CASCADE); its rows are gone for good."),
  /** An existing column is dropped. */
  DS103(
      LintGroup.DESTRUCTIVE,
      Severity.ERROR,
      false,
      "Column dropped",
      "An existing column is dropped (directly or through CASCADE); its values are gone for good."),
  /** An existing constraint is dropped and not re-created. */
  DS104(
      LintGroup.DESTRUCTIVE,
      Severity.WARNING,
      false,
      "Constraint dropped",
      "An existing primary key, unique, check, exclusion or foreign-key constraint is dropped and"
          + " not re-created by the end of the file: the guarantee it gave is lost."),
  /** An existing index is dropped and not re-created. */
  DS105(
      LintGroup.DESTRUCTIVE,
      Severity.WARNING,
      false,
      "Index dropped",
      "An existing index is dropped and no equivalent index exists at the end of the file: queries"
          + " that used it may become slow, and a unique index no longer guards against"
          + " duplicates."),
  /** An existing table is truncated or emptied. */
  DS106(
      LintGroup.DESTRUCTIVE,
      Severity.ERROR,
      false,
      "Rows deleted",
      "TRUNCATE, or DELETE without WHERE, removes every row of an existing table."),
  /** An existing sequence is dropped. */
  DS107(
      LintGroup.DESTRUCTIVE,
      Severity.WARNING,
      false,
      "Sequence dropped",
      "An existing sequence that no dropped column owned is dropped; its current value is lost."),

  /** A unique index or constraint is added over existing data. */
  MF101(
      LintGroup.DATA_DEPENDENT,
      Severity.WARNING,
      false,
      "Unique index on existing data",
      "A unique index or constraint is added on columns of an existing table: it fails if the"
          + " rows already hold duplicates."),
  /** A NOT NULL column without default is added to an existing table. */
  MF103(
      LintGroup.DATA_DEPENDENT,
      Severity.ERROR,
      false,
      "NOT NULL column without default",
      "A NOT NULL column without a default is added to an existing table: the statement fails as"
          + " soon as the table has a row."),
  /** An existing nullable column becomes NOT NULL. */
  MF104(
      LintGroup.DATA_DEPENDENT,
      Severity.WARNING,
      false,
      "Nullable column made NOT NULL",
      "An existing nullable column becomes NOT NULL: the statement fails if any row holds NULL."),
  /** An existing column's type is narrowed or changed to another type family. */
  MF105(
      LintGroup.DATA_DEPENDENT,
      Severity.WARNING,
      false,
      "Narrowing or lossy type change",
      "An existing column's type is narrowed (shorter length, smaller precision or range) or"
          + " changed to another type family: the cast fails, or loses precision, on some values."),

  /** An existing table is renamed. */
  BC101(
      LintGroup.BACKWARD_INCOMPATIBLE,
      Severity.WARNING,
      false,
      "Table renamed",
      "An existing table is renamed and nothing answers to the old name: the application version"
          + " still running during the deploy fails on every query that names it."),
  /** An existing column is renamed. */
  BC102(
      LintGroup.BACKWARD_INCOMPATIBLE,
      Severity.WARNING,
      false,
      "Column renamed",
      "An existing column is renamed: the application version still running during the deploy"
          + " fails on every query that names the old column."),
  /** An existing column is dropped while the running application may still use it. */
  BC103(
      LintGroup.BACKWARD_INCOMPATIBLE,
      Severity.WARNING,
      false,
      "Column dropped before the application stopped using it",
      "An existing column is dropped in the same deploy that may still run an application"
          + " version reading or writing it; drop columns only after a release that no longer"
          + " uses them (expand/contract)."),
  /** An existing table is dropped while the running application may still use it. */
  BC104(
      LintGroup.BACKWARD_INCOMPATIBLE,
      Severity.WARNING,
      false,
      "Table dropped before the application stopped using it",
      "An existing table is dropped in the same deploy that may still run an application version"
          + " using it; drop tables only after a release that no longer uses them"
          + " (expand/contract)."),

  /** An index is built without CONCURRENTLY on an existing table. */
  PG101(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Index built without CONCURRENTLY",
      "CREATE INDEX on an existing table takes a SHARE lock for the whole build: every INSERT,"
          + " UPDATE and DELETE on the table waits until the index is built."),
  /** An existing index is dropped without CONCURRENTLY. */
  PG102(
      LintGroup.LOCKS,
      Severity.WARNING,
      false,
      "Index dropped without CONCURRENTLY",
      "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: it waits for every running query on"
          + " the table, and every query queued behind it waits too."),
  /** A statement that cannot run in a transaction block runs inside the file's transaction. */
  PG103(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Non-transactional statement inside a transaction",
      "CREATE/DROP INDEX CONCURRENTLY (and VACUUM, REINDEX CONCURRENTLY, …) cannot run inside a"
          + " transaction block, but the file runs in one: the deploy fails. Mark the file"
          + " `-- atlas:txmode none`."),
  /** A primary key is added to an existing table while its index is built. */
  PG104(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Primary key built under ACCESS EXCLUSIVE",
      "ADD PRIMARY KEY on an existing table builds the index while holding ACCESS EXCLUSIVE: all"
          + " reads and writes wait for the whole build."),
  /** A unique or exclusion constraint is added to an existing table while its index is built. */
  PG105(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Unique constraint built under ACCESS EXCLUSIVE",
      "ADD UNIQUE (or EXCLUDE) on an existing table builds the index while holding ACCESS"
          + " EXCLUSIVE: all reads and writes wait for the whole build."),
  /** A foreign key is added and validated at once on an existing table. */
  PG201(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Foreign key validated while locking",
      "ADD FOREIGN KEY without NOT VALID checks every existing row while holding SHARE ROW"
          + " EXCLUSIVE on both tables: writes to both wait for the whole scan."),
  /** A check constraint is added and validated at once on an existing table. */
  PG202(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Check constraint validated while locking",
      "ADD CHECK without NOT VALID checks every existing row while holding ACCESS EXCLUSIVE: all"
          + " reads and writes wait for the whole scan."),
  /** SET NOT NULL scans an existing table under ACCESS EXCLUSIVE. */
  PG203(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "SET NOT NULL scans the table",
      "SET NOT NULL on an existing column checks every row while holding ACCESS EXCLUSIVE, unless"
          + " a validated CHECK (column IS NOT NULL) already proves it (PostgreSQL 12+)."),
  /** A column type change rewrites an existing table. */
  PG301(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Type change rewrites the table",
      "This column type change rewrites the whole table and rebuilds its indexes while holding"
          + " ACCESS EXCLUSIVE. (Changes PostgreSQL does without a rewrite — varchar to text,"
          + " a longer varchar, more numeric precision — are not reported.)"),
  /** A column with a volatile default is added to an existing table. */
  PG302(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Volatile default rewrites the table",
      "ADD COLUMN with a volatile default (random(), clock_timestamp(), gen_random_uuid(), …)"
          + " rewrites the whole table under ACCESS EXCLUSIVE. A constant default is free on"
          + " PostgreSQL 11+."),
  /** A column type change rebuilds indexes or re-checks constraints without a rewrite. */
  PG303(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Type change rebuilds indexes or re-checks constraints",
      "The column type change does not rewrite the table, but rebuilds the indexes on the column"
          + " or re-checks its CHECK constraints against every row, while holding ACCESS"
          + " EXCLUSIVE."),

  /** Another statement rewrites an existing table. */
  PG304(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Table rewrite",
      "The statement rewrites an existing table under ACCESS EXCLUSIVE (a stored generated or"
          + " identity column, SET LOGGED/UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, CLUSTER,"
          + " VACUUM FULL, …)."),
  /** Long work runs while a lock that blocks traffic is held. */
  PG401(
      LintGroup.LOCKS,
      Severity.ERROR,
      false,
      "Long work while holding a blocking lock",
      "The statement reads or rebuilds a whole existing table (a back-fill UPDATE, REINDEX,"
          + " REFRESH MATERIALIZED VIEW, …) while the transaction holds a lock that blocks reads"
          + " or writes on an existing table; the lock lasts as long as the work."),
  /** A blocking lock is requested without lock_timeout. */
  PG402(
      LintGroup.LOCKS,
      Severity.WARNING,
      true,
      "Blocking lock without lock_timeout",
      "The statement waits for a lock that blocks writes (or reads) on an existing table while"
          + " lock_timeout is unset: behind a long-running query it queues every other query on"
          + " the table. Set lock_timeout at the top of the file."),

  /** An identifier is truncated to 63 bytes. */
  NM101(
      LintGroup.NAMING,
      Severity.WARNING,
      true,
      "Identifier truncated",
      "PostgreSQL truncated an identifier longer than 63 bytes: the catalog name differs from the"
          + " one in the file."),
  /** A new object's name needs double quotes. */
  NM102(
      LintGroup.NAMING,
      Severity.WARNING,
      true,
      "Name needs quoting",
      "A new object's name contains upper-case letters, special characters or a reserved word, so"
          + " every query must double-quote it."),
  /** A new object's name does not match the configured pattern. */
  NM103(
      LintGroup.NAMING,
      Severity.WARNING,
      true,
      "Name does not match the naming convention",
      "A new table, column, index, constraint or sequence name does not match the pattern"
          + " configured for its kind (naming.<kind>.pattern; snake_case by default)."),

  /** A new file is ordered before a file already on the base branch. */
  CH101(
      LintGroup.HISTORY,
      Severity.ERROR,
      false,
      "Non-linear history",
      "A new migration file sorts before a file already on the base branch: databases that"
          + " already ran the later file would apply this one out of order, or never."),
  /** A destructive change has no down migration. */
  CH102(
      LintGroup.HISTORY,
      Severity.ERROR,
      true,
      "Destructive change without a down migration",
      "A file with a destructive change (DS rules) has no down migration (down/<file name> next to"
          + " the migrations) that reverses it."),

  /** A statement failed on the dev database. */
  EX101(
      LintGroup.EXECUTION,
      Severity.ERROR,
      false,
      "Statement fails",
      "The statement failed when replayed on a clean dev database: it will fail at deploy time"
          + " too. Later statements and files were not linted.");

  private final LintGroup group;
  private final Severity defaultSeverity;
  private final boolean optIn;
  private final String title;
  private final String description;

  LintRule(
      LintGroup group, Severity defaultSeverity, boolean optIn, String title, String description) {
    this.group = group;
    this.defaultSeverity = defaultSeverity;
    this.optIn = optIn;
    this.title = title;
    this.description = description;
  }

  /**
   * The stable code.
   *
   * @return e.g. {@code PG101}
   */
  public String code() {
    return name();
  }

  /**
   * The rule's group.
   *
   * @return the group
   */
  public LintGroup group() {
    return group;
  }

  /**
   * The severity the rule reports with unless configured otherwise.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Whether the rule is off unless enabled in the configuration.
   *
   * @return true for opt-in rules
   */
  public boolean optIn() {
    return optIn;
  }

  /**
   * A short title.
   *
   * @return e.g. {@code Index built without CONCURRENTLY}
   */
  public String title() {
    return title;
  }

  /**
   * What the rule detects and why it matters.
   *
   * @return one paragraph
   */
  public String description() {
    return description;
  }

  /**
   * Finds a rule by code, ignoring case.
   *
   * @param code e.g. {@code pg101}
   * @return the rule, if the code is known
   */
  public static Optional<LintRule> byCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    for (LintRule r : values()) {
      if (r.name().equals(c)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a selector names this rule: its exact code, its group prefix (e.g. {@code DS}) or a
   * code prefix (e.g. {@code PG1}). Case is ignored.
   *
   * @param selector a code or prefix
   * @return true if the selector covers this rule
   */
  public boolean matches(String selector) {
    String s = selector.trim().toUpperCase(Locale.ROOT);
    return !s.isEmpty() && name().startsWith(s);
  }
}
