package dev.cairn.runtime;

import java.util.Locale;

/**
 * How migration files are wrapped in transactions. A file's {@code atlas:txmode} directive may say
 * {@link #FILE} or {@link #NONE}; {@link #ALL} is only a run-wide choice.
 */
public enum TxMode {
  /** Each file runs in its own transaction (the default). */
  FILE,
  /** All pending files run in one transaction. */
  ALL,
  /**
   * No transaction: each statement commits on its own. Needed for {@code CREATE INDEX
   * CONCURRENTLY}, {@code ALTER TYPE … ADD VALUE} on old servers and the like.
   */
  NONE;

  /**
   * The lower-case name used in directives and on the command line.
   *
   * @return e.g. {@code "none"}
   */
  public String directiveValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code file}, {@code all} or {@code none} (case-insensitive), as given on the command
   * line or in configuration.
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
}
