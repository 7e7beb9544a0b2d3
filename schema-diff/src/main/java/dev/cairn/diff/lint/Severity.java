package dev.cairn.diff.lint;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.Locale;

/** How serious a lint diagnostic is. Only {@link #ERROR} makes {@code cairn migrate lint} fail. */
public enum Severity {
  /** The change can lose data, fail on a populated database or block traffic: the lint fails. */
  ERROR,
  /** The change deserves a second look; the lint still passes. */
  WARNING,
  /** Background information; the lint still passes. */
  INFO;

  /**
   * Parses a severity name as written in {@code cairn-lint.properties} or on the command line.
   *
   * @param text {@code error}, {@code warning} (or {@code warn}) or {@code info}, any case
   * @return the severity
   * @throws CairnException for anything else
   */
  public static Severity parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "error":
        return ERROR;
      case "warning":
      case "warn":
        return WARNING;
      case "info":
      case "notice":
        return INFO;
      default:
        throw new CairnException(
            ErrorCode.LINT_CONFIG_INVALID,
            "unknown severity '" + text + "': use error, warning or info");
    }
  }

  /**
   * The lower-case name used in reports and configuration.
   *
   * @return e.g. {@code error}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
