package dev.cairn.runtime;

import java.util.Locale;

/**
 * What to do with a pending file whose version is lower than the last applied one (typically a file
 * merged from a branch after newer files were deployed), as Atlas's {@code --exec-order}.
 */
public enum ExecOrder {
  /** Refuse with a clear error (the default). */
  LINEAR,
  /** Leave such files unapplied and apply only files after the last applied one. */
  LINEAR_SKIP,
  /** Apply such files first, then the files after the last applied one. */
  NON_LINEAR;

  /**
   * Parses {@code linear}, {@code linear-skip} or {@code non-linear} (case-insensitive; {@code _}
   * accepted for {@code -}).
   *
   * @param text the order
   * @return the order
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} for anything else
   */
  public static ExecOrder parse(String text) {
    String t = text == null ? "" : text.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    for (ExecOrder o : values()) {
      if (o.atlasName().equals(t)) {
        return o;
      }
    }
    throw new CairnException(
        ErrorCode.INVALID_CONFIGURATION,
        "Unknown execution order '" + text + "'. Use linear (default), linear-skip or non-linear.");
  }

  /**
   * The name Atlas uses.
   *
   * @return {@code linear}, {@code linear-skip} or {@code non-linear}
   */
  public String atlasName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
