package dev.cairn.diff.internal.lint.catalog;

/**
 * PostgreSQL's table-level lock modes, weakest first, with what each one blocks. See "Explicit
 * Locking" in the PostgreSQL manual for the conflict table this encodes.
 */
public enum LockMode {
  /** Taken by SELECT. */
  ACCESS_SHARE("ACCESS SHARE", "only ACCESS EXCLUSIVE requests (DROP, most ALTER TABLE forms)"),
  /** Taken by SELECT … FOR UPDATE/SHARE. */
  ROW_SHARE("ROW SHARE", "EXCLUSIVE and ACCESS EXCLUSIVE requests"),
  /** Taken by INSERT, UPDATE, DELETE. */
  ROW_EXCLUSIVE(
      "ROW EXCLUSIVE",
      "CREATE INDEX (non-concurrent) and other SHARE-or-stronger requests; reads and writes"
          + " continue"),
  /** Taken by VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, … */
  SHARE_UPDATE_EXCLUSIVE(
      "SHARE UPDATE EXCLUSIVE",
      "VACUUM, ANALYZE and other schema changes on the table; reads and writes continue"),
  /** Taken by CREATE INDEX. */
  SHARE("SHARE", "INSERT, UPDATE, DELETE (every write); reads continue"),
  /** Taken by CREATE TRIGGER, ADD FOREIGN KEY. */
  SHARE_ROW_EXCLUSIVE(
      "SHARE ROW EXCLUSIVE",
      "INSERT, UPDATE, DELETE (every write) and schema changes; reads" + " continue"),
  /** Taken by REFRESH MATERIALIZED VIEW CONCURRENTLY. */
  EXCLUSIVE("EXCLUSIVE", "every write and SELECT … FOR UPDATE/SHARE; plain reads continue"),
  /** Taken by DROP, TRUNCATE, most ALTER TABLE forms, REFRESH MATERIALIZED VIEW. */
  ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "every read and write (SELECT, INSERT, UPDATE, DELETE)");

  private final String sql;
  private final String blocks;

  LockMode(String sql, String blocks) {
    this.sql = sql;
    this.blocks = blocks;
  }

  /**
   * The mode as PostgreSQL's documentation names it.
   *
   * @return e.g. {@code ACCESS EXCLUSIVE}
   */
  public String sql() {
    return sql;
  }

  /**
   * What other sessions cannot do on the relation while this lock is held or queued.
   *
   * @return a phrase
   */
  public String blocks() {
    return blocks;
  }

  /**
   * Whether ordinary writes (INSERT, UPDATE, DELETE) wait for this lock.
   *
   * @return true from {@link #SHARE} upwards
   */
  public boolean blocksWrites() {
    return compareTo(SHARE) >= 0;
  }

  /**
   * Whether plain reads wait for this lock.
   *
   * @return true for {@link #ACCESS_EXCLUSIVE}
   */
  public boolean blocksReads() {
    return this == ACCESS_EXCLUSIVE;
  }

  /**
   * The stronger of two modes.
   *
   * @param a one mode
   * @param b another
   * @return the stronger
   */
  public static LockMode stronger(LockMode a, LockMode b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Parses {@code pg_locks.mode}.
   *
   * @param mode e.g. {@code AccessExclusiveLock}
   * @return the mode
   */
  public static LockMode fromPgLocks(String mode) {
    return switch (mode) {
      case "AccessShareLock" -> ACCESS_SHARE;
      case "RowShareLock" -> ROW_SHARE;
      case "RowExclusiveLock" -> ROW_EXCLUSIVE;
      case "ShareUpdateExclusiveLock" -> SHARE_UPDATE_EXCLUSIVE;
      case "ShareLock" -> SHARE;
      case "ShareRowExclusiveLock" -> SHARE_ROW_EXCLUSIVE;
      case "ExclusiveLock" -> EXCLUSIVE;
      case "AccessExclusiveLock" -> ACCESS_EXCLUSIVE;
      default -> throw new IllegalArgumentException("unknown lock mode " + mode);
    };
  }
}
