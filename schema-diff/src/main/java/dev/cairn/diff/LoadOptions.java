package dev.cairn.diff;

import java.util.Objects;

/**
 * How a {@link SchemaSource} is loaded.
 *
 * @param inspect what the inspector reads from the resulting database
 * @param cache where executed states are cached ({@link StateCache#disabled()} for none)
 * @param listener observer of cache hits and executed files
 */
public record LoadOptions(InspectOptions inspect, StateCache cache, LoadListener listener) {

  /** Checks for nulls. */
  public LoadOptions {
    Objects.requireNonNull(inspect, "inspect");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * Default inspection, the default cache directory, no listener.
   *
   * @return the defaults
   */
  public static LoadOptions defaults() {
    return new LoadOptions(InspectOptions.defaults(), StateCache.defaultCache(), LoadListener.NONE);
  }

  /**
   * Changes what is inspected.
   *
   * @param options the inspect options
   * @return the changed options
   */
  public LoadOptions withInspect(InspectOptions options) {
    return new LoadOptions(options, cache, listener);
  }

  /**
   * Changes the cache.
   *
   * @param stateCache the cache, or {@link StateCache#disabled()}
   * @return the changed options
   */
  public LoadOptions withCache(StateCache stateCache) {
    return new LoadOptions(inspect, stateCache, listener);
  }

  /**
   * Changes the listener.
   *
   * @param loadListener the listener
   * @return the changed options
   */
  public LoadOptions withListener(LoadListener loadListener) {
    return new LoadOptions(inspect, cache, loadListener);
  }
}
