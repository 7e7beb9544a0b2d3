package dev.cairn.runtime.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a {@link DdlGuard} behaves. Immutable; build with {@link #builder()}, e.g.
 *
 * <pre>{@code
 * GuardOptions options = GuardOptions.builder()
 *     .mode(GuardMode.FAIL)
 *     .allow("(?i)create table if not exists shedlock .*")
 *     .build();
 * }</pre>
 */
public final class GuardOptions {
  /** Default number of distinct SQL texts whose classification is cached. */
  public static final int DEFAULT_CACHE_SIZE = 4096;

  private static final GuardOptions DEFAULTS = builder().build();

  private final GuardMode mode;
  private final List<Pattern> allowed;
  private final boolean allowDoBlocks;
  private final boolean allowTemporaryObjects;
  private final int cacheSize;

  private GuardOptions(Builder b) {
    this.mode = b.mode;
    this.allowed = List.copyOf(b.allowed);
    this.allowDoBlocks = b.allowDoBlocks;
    this.allowTemporaryObjects = b.allowTemporaryObjects;
    this.cacheSize = b.cacheSize;
  }

  /**
   * The defaults: mode {@link GuardMode#FAIL}, no allow-list, {@code DO} blocks refused, temporary
   * objects allowed, a cache of {@value #DEFAULT_CACHE_SIZE} texts.
   *
   * @return the default options
   */
  public static GuardOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mode = mode;
    b.allowed.addAll(allowed);
    b.allowDoBlocks = allowDoBlocks;
    b.allowTemporaryObjects = allowTemporaryObjects;
    b.cacheSize = cacheSize;
    return b;
  }

  /**
   * What happens to a refused statement.
   *
   * @return the mode
   */
  public GuardMode mode() {
    return mode;
  }

  /**
   * Patterns of statements let through although they are DDL (see {@link Builder#allow(Pattern)}).
   *
   * @return the allow-list, possibly empty
   */
  public List<Pattern> allowed() {
    return allowed;
  }

  /**
   * Whether {@code DO} blocks are let through.
   *
   * @return false by default
   */
  public boolean allowDoBlocks() {
    return allowDoBlocks;
  }

  /**
   * Whether statements on temporary objects ({@link StatementKind#TEMPORARY}) are let through.
   *
   * @return true by default
   */
  public boolean allowTemporaryObjects() {
    return allowTemporaryObjects;
  }

  /**
   * How many distinct SQL texts keep their classification cached.
   *
   * @return the cache size; 0 disables the cache
   */
  public int cacheSize() {
    return cacheSize;
  }

  @Override
  public String toString() {
    return "GuardOptions[mode="
        + mode
        + ", allowed="
        + allowed
        + ", allowDoBlocks="
        + allowDoBlocks
        + ", allowTemporaryObjects="
        + allowTemporaryObjects
        + ", cacheSize="
        + cacheSize
        + "]";
  }

  /** Builds {@link GuardOptions}; starts from the defaults. */
  public static final class Builder {
    private GuardMode mode = GuardMode.FAIL;
    private final List<Pattern> allowed = new ArrayList<>();
    private boolean allowDoBlocks;
    private boolean allowTemporaryObjects = true;
    private int cacheSize = DEFAULT_CACHE_SIZE;

    private Builder() {}

    /**
     * Sets what happens to a refused statement.
     *
     * @param mode {@link GuardMode#FAIL} (default), {@link GuardMode#WARN} or {@link GuardMode#OFF}
     * @return this builder
     */
    public Builder mode(GuardMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Lets DDL statements through whose normalised text matches the regular expression in full.
     *
     * @param regex a {@link Pattern} expression; prefix {@code (?i)} to ignore case
     * @return this builder
     * @see #allow(Pattern)
     */
    public Builder allow(String regex) {
      return allow(Pattern.compile(Objects.requireNonNull(regex, "regex")));
    }

    /**
     * Lets DDL statements (and {@code DO} blocks) through whose normalised text matches the pattern
     * in full ({@link java.util.regex.Matcher#matches()}). The normalised text of a statement is
     * its text without comments, with every run of whitespace turned into one space, and without
     * the trailing semicolon — so {@code "CREATE TABLE IF NOT EXISTS shedlock (…)"} matches {@code
     * (?i)create table if not exists shedlock .*} however it was formatted. In a text holding
     * several statements, each refused statement must be allowed on its own.
     *
     * @param pattern the pattern
     * @return this builder
     */
    public Builder allow(Pattern pattern) {
      allowed.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Sets whether {@code DO} blocks are let through (they cannot be analysed).
     *
     * @param allow true to allow them; false by default
     * @return this builder
     */
    public Builder allowDoBlocks(boolean allow) {
      this.allowDoBlocks = allow;
      return this;
    }

    /**
     * Sets whether statements on temporary objects are let through.
     *
     * @param allow true by default
     * @return this builder
     */
    public Builder allowTemporaryObjects(boolean allow) {
      this.allowTemporaryObjects = allow;
      return this;
    }

    /**
     * Sets how many distinct SQL texts keep their classification cached. When the cache is full it
     * starts over; texts longer than 64 KiB characters are never cached.
     *
     * @param size the number of texts; 0 disables the cache
     * @return this builder
     */
    public Builder cacheSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("cacheSize must be >= 0, was " + size);
      }
      this.cacheSize = size;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public GuardOptions build() {
      return new GuardOptions(this);
    }
  }
}
