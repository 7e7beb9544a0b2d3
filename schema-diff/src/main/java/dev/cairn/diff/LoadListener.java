package dev.cairn.diff;

/**
 * Observes how a {@link SchemaSource} is loaded: whether the state came from the cache or was
 * executed on a dev database, file by file. All methods do nothing by default.
 */
public interface LoadListener {
  /** A listener that ignores everything. */
  LoadListener NONE = new LoadListener() {};

  /**
   * The inspected state was found in the cache; nothing is executed.
   *
   * @param source the source's description
   * @param key the cache key
   */
  default void cacheHit(String source, String key) {}

  /**
   * The source is about to be executed on a clean dev database.
   *
   * @param source the source's description
   * @param scripts how many files (or texts) will run
   */
  default void executing(String source, int scripts) {}

  /**
   * One file (or text) ran completely.
   *
   * @param source the source's description
   * @param script the file name
   * @param statements how many statements it held
   */
  default void scriptExecuted(String source, String script, int statements) {}
}
