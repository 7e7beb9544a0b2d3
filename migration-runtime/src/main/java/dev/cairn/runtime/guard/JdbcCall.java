package dev.cairn.runtime.guard;

/** The JDBC method through which SQL text reached a {@link SqlInterceptor}. */
public enum JdbcCall {
  /** {@code Statement.execute(String…)}. */
  EXECUTE,
  /** {@code Statement.executeQuery(String)}. */
  EXECUTE_QUERY,
  /** {@code Statement.executeUpdate(String…)}. */
  EXECUTE_UPDATE,
  /** {@code Statement.executeLargeUpdate(String…)}. */
  EXECUTE_LARGE_UPDATE,
  /**
   * {@code Statement.addBatch(String)}: intercepted when added, so a refused statement never joins
   * the batch that {@code executeBatch()} sends.
   */
  ADD_BATCH,
  /**
   * {@code Connection.prepareStatement(String…)}: intercepted once, when prepared; executing the
   * prepared statement sends the same text again and is not intercepted a second time.
   */
  PREPARE_STATEMENT,
  /** {@code Connection.prepareCall(String…)}, intercepted when prepared. */
  PREPARE_CALL,
  /** {@code Connection.nativeSQL(String)}: nothing runs, but the text is meant to run later. */
  NATIVE_SQL;

  /**
   * Whether the call sends the SQL text towards the database (as opposed to {@link #NATIVE_SQL},
   * which only translates it).
   *
   * @return true for every call but {@link #NATIVE_SQL}
   */
  public boolean executes() {
    return this != NATIVE_SQL;
  }
}
