package dev.cairn.runtime;

import java.util.Locale;

/**
 * How migration files are wrapped in transactions, as Atlas's {@code --tx-mode}. A file can opt out
 * with the {@code -- atlas:txmode none} directive (for {@code CREATE INDEX CONCURRENTLY}, {@code
 * ALTER TYPE … ADD VALUE} and other statements PostgreSQL refuses inside a transaction).
 */
public enum TxMode {
  /** Each file runs in its own transaction together with its revision row (the default). */
  FILE,
  /** All pending files run in one transaction: either all are applied or none. */
  ALL,
  /**
   * No transaction: each statement commits on its own and progress is recorded after each
   * statement, so a failed file can be resumed after its last good statement.
   */
  NONE;

  /**
   * Parses {@code file}, {@code all} or {@code none} (case-insensitive).
   *
   * @param text the mode
   * @return the mode
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} for anything else
   */
  public static TxMode parse(String text) {
    for (TxMode m : values()) {
      if (m.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return m;
      }
    }
    throw new CairnException(
        ErrorCode.INVALID_CONFIGURATION,
        "Unknown transaction mode '" + text + "'. Use file (default), all or none.");
  }

  /**
   * The lower-case name Atlas uses.
   *
   * @return {@code file}, {@code all} or {@code none}
   */
  public String atlasName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
