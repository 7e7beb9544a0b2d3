package dev.cairn.runtime.guard;

/**
 * What a single SQL statement does to the schema, as {@link DdlClassifier} sees it. Declared from
 * least to most consequential; a text holding several statements takes the kind of its most
 * consequential one.
 */
public enum StatementKind {
  /**
   * Reads or writes data, or controls the session or transaction: {@code SELECT}, {@code INSERT},
   * {@code UPDATE}, {@code DELETE}, {@code MERGE}, {@code WITH}, {@code VALUES}, {@code TABLE},
   * {@code COPY}, {@code CALL}, {@code EXPLAIN} (without {@code ANALYZE} of a DDL statement),
   * {@code PREPARE}/{@code EXECUTE}, {@code SET}/{@code RESET}/{@code SHOW}, {@code LISTEN}/{@code
   * NOTIFY}, {@code LOCK}, cursors, transaction control, {@code DISCARD}.
   */
  ORDINARY,
  /**
   * Physical maintenance that leaves the schema as it is: {@code VACUUM}, {@code ANALYZE}, {@code
   * REINDEX}, {@code CLUSTER}, {@code REFRESH MATERIALIZED VIEW}, {@code CHECKPOINT}. Never refused
   * by the guard (schedule them with care: several take strong locks).
   */
  MAINTENANCE,
  /**
   * Creates, changes or drops session-local temporary objects: {@code CREATE TEMP TABLE}, {@code
   * SELECT … INTO TEMP}, objects qualified with {@code pg_temp}, and — through a guarded connection
   * — {@code DROP}/{@code TRUNCATE}/{@code ALTER} of temporary tables that connection created. They
   * vanish with the session, so the guard allows them by default.
   */
  TEMPORARY,
  /**
   * An anonymous {@code DO} block: procedural code whose effect cannot be known without running it.
   * Refused by the guard by default.
   */
  DO_BLOCK,
  /**
   * Changes the schema: {@code CREATE}, {@code ALTER} or {@code DROP} of any object kind, {@code
   * CREATE TABLE … AS}, {@code SELECT … INTO}, {@code TRUNCATE}, {@code COMMENT ON}, {@code
   * GRANT}/{@code REVOKE}, {@code ALTER DEFAULT PRIVILEGES}, {@code SECURITY LABEL}, {@code
   * REASSIGN OWNED}, {@code IMPORT FOREIGN SCHEMA}, and {@code EXPLAIN ANALYZE} or {@code PREPARE}
   * of one of those.
   */
  DDL
}
