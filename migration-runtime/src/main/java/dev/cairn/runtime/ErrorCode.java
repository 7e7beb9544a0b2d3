package dev.cairn.runtime;

/**
 * Stable, machine-readable reasons for a {@link CairnException}. Names never change once released;
 * new reasons are added as Cairn grows.
 */
public enum ErrorCode {
  /** A bug in Cairn or an unexpected environment failure; the message carries the details. */
  INTERNAL_ERROR,

  /** SQL text could not be split into statements (e.g. an unterminated quote or comment). */
  SQL_SYNTAX,

  /** The migration directory does not exist, is not a directory or cannot be read. */
  DIRECTORY_NOT_FOUND,

  /** The migration directory holds no migration file. */
  DIRECTORY_EMPTY,

  /** A file in the migration directory could not be read. */
  DIRECTORY_UNREADABLE,

  /** A file looks like a migration but its name does not follow {@code <version>_<name>.sql}. */
  INVALID_FILE_NAME,

  /** Two migration files share one version. */
  DUPLICATE_VERSION,

  /** A migration file is not valid UTF-8. */
  INVALID_ENCODING,

  /** A directive in a file's leading comment block is unknown, misspelled or malformed. */
  INVALID_DIRECTIVE,

  /** The directory has no {@code atlas.sum} file. */
  SUM_FILE_MISSING,

  /** The {@code atlas.sum} file cannot be parsed. */
  SUM_FILE_CORRUPT,

  // Schema-diff: inspector, dev databases, schema sources.

  /** Reading a database's catalog failed (connection lost, permission denied, …). */
  INSPECTION_FAILED,

  /** No dev database could be provided (unknown URL, server unreachable, Docker missing). */
  DEV_DATABASE_UNAVAILABLE,

  /** The database given as dev database already holds objects; Cairn needs an empty one. */
  DEV_DATABASE_NOT_CLEAN,

  /** A statement of a schema source (SQL file, migration directory) failed on the dev database. */
  SCHEMA_SOURCE_FAILED,

  // Lint.
  /** A lint configuration (file or flags) names an unknown rule, severity, key or pattern. */
  LINT_CONFIG_INVALID,

  /** A git command the linter needs failed (not a repository, unknown ref, git missing). */
  GIT_FAILED,

  /**
   * The migration files differ from what {@code atlas.sum} records (a file was edited, added,
   * removed or reordered).
   */
  CHECKSUM_MISMATCH,

  /**
   * Hibernate/JPA/Spring settings would let the ORM generate or change the schema at startup (DDL
   * guard startup check).
   */
  SCHEMA_GENERATION_ENABLED,

  /**
   * The application's database role may create objects or owns tables, although a separate
   * migration role should (DDL guard privilege check).
   */
  EXCESSIVE_PRIVILEGES,

  /**
   * The database could not be reached within the connection retry budget (host down, port closed,
   * server starting up).
   */
  DATABASE_UNREACHABLE,

  /** The database rejected the credentials or the user may not connect (never retried). */
  DATABASE_AUTHENTICATION_FAILED,

  /** A database operation Cairn needs (not a migration statement) failed. */
  DATABASE_ERROR,

  /** Another migrator held the migration lock for longer than the configured lock timeout. */
  LOCK_TIMEOUT,

  /** A statement of a migration file failed; the message carries file:line, SQLSTATE and hints. */
  MIGRATION_FAILED,

  /**
   * An applied migration file no longer matches what the revision table recorded (edited, renamed
   * or removed after it was applied, or an applied statement of a partially applied file changed).
   */
  HISTORY_CHANGED,

  /** A pending file is ordered before the last applied one and the execution order is linear. */
  NON_LINEAR_HISTORY,

  /** The database holds objects but no revisions, and neither a baseline nor allow-dirty is set. */
  DIRTY_DATABASE,

  /** A version given to baseline, set or another operation does not exist in the directory. */
  UNKNOWN_VERSION,

  /** The revision table exists but does not have the shape Cairn and Atlas expect. */
  REVISION_TABLE_INVALID,

  /**
   * Files are pending (or one stopped part way) where the database must already be at the
   * directory's head, e.g. the Spring Boot starter's {@code cairn.mode=validate}.
   */
  MIGRATIONS_PENDING,

  /**
   * The live database differs from the state its applied migration files describe (a drift check,
   * e.g. the Spring Boot starter's {@code cairn.drift.check-on-startup=fail}).
   */
  SCHEMA_DRIFT,

  /** The options given to Cairn contradict each other or are incomplete. */
  INVALID_CONFIGURATION
}
