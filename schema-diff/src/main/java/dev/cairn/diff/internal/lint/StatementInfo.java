package dev.cairn.diff.internal.lint;

/**
 * What a statement is, as far as its tokens tell. The linter learns what a statement actually did
 * from the dev database; tokens only supply what the catalog cannot show (was CONCURRENTLY asked
 * for, is this transaction control, does a DELETE have a WHERE).
 *
 * @param kind the statement kind
 * @param concurrently whether {@code CONCURRENTLY} was given (index, reindex, refresh)
 * @param hasWhere whether an UPDATE or DELETE has a top-level {@code WHERE}
 * @param target the raw (quoted as written) name of the table a DELETE, UPDATE, INSERT or CREATE
 *     INDEX targets, or {@code null}
 * @param setting the parameter a SET/RESET names, lower case, or {@code null}
 * @param local whether SET was {@code SET LOCAL}
 * @param full whether VACUUM was {@code VACUUM FULL}
 * @param fromQuery whether an INSERT takes its rows from a query
 */
public record StatementInfo(
    Kind kind,
    boolean concurrently,
    boolean hasWhere,
    String target,
    String setting,
    boolean local,
    boolean full,
    boolean fromQuery) {

  /** Statement kinds the linter distinguishes. */
  public enum Kind {
    /** BEGIN / START TRANSACTION. */
    BEGIN,
    /** COMMIT / END. */
    COMMIT,
    /** ROLLBACK / ABORT (not ROLLBACK TO SAVEPOINT). */
    ROLLBACK,
    /** SAVEPOINT, RELEASE, ROLLBACK TO. */
    SAVEPOINT,
    /** SET of a run-time parameter. */
    SET,
    /** RESET of a run-time parameter. */
    RESET,
    /** CREATE [UNIQUE] INDEX. */
    CREATE_INDEX,
    /** DROP INDEX. */
    DROP_INDEX,
    /** REINDEX. */
    REINDEX,
    /** REFRESH MATERIALIZED VIEW. */
    REFRESH_MATERIALIZED_VIEW,
    /** ALTER TABLE (and ALTER INDEX / ALTER MATERIALIZED VIEW, which share its machinery). */
    ALTER_TABLE,
    /** CREATE TABLE (including CREATE TABLE … AS). */
    CREATE_TABLE,
    /** DROP of anything but an index. */
    DROP,
    /** TRUNCATE. */
    TRUNCATE,
    /** DELETE. */
    DELETE,
    /** UPDATE. */
    UPDATE,
    /** INSERT. */
    INSERT,
    /** MERGE. */
    MERGE,
    /** SELECT (or VALUES, TABLE). */
    SELECT,
    /** CLUSTER. */
    CLUSTER,
    /** VACUUM. */
    VACUUM,
    /** ALTER TYPE. */
    ALTER_TYPE,
    /** An anonymous code block. */
    DO,
    /** Anything else. */
    OTHER
  }

  /**
   * Whether this statement controls the transaction (and so must not be wrapped in one).
   *
   * @return true for BEGIN, COMMIT, ROLLBACK and savepoint commands
   */
  public boolean isTransactionControl() {
    return kind == Kind.BEGIN
        || kind == Kind.COMMIT
        || kind == Kind.ROLLBACK
        || kind == Kind.SAVEPOINT;
  }

  /**
   * Whether the statement changes rows rather than the schema.
   *
   * @return true for INSERT, UPDATE, DELETE, MERGE and SELECT
   */
  public boolean isDataStatement() {
    return kind == Kind.INSERT
        || kind == Kind.UPDATE
        || kind == Kind.DELETE
        || kind == Kind.MERGE
        || kind == Kind.SELECT;
  }
}
