package dev.cairn.diff.lint;

import dev.cairn.diff.internal.lint.render.ReportRenderer;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.Locale;

/** The output formats of {@code cairn migrate lint}. */
public enum LintFormat {
  /** Human-readable text; coloured only when asked (on a terminal). */
  TEXT,
  /** One JSON document: summary, diagnostics, suppressed diagnostics. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF,
  /** GitHub Actions workflow commands ({@code ::error file=…,line=…::…}). */
  GITHUB;

  /** The version recorded in SARIF output. */
  private static final String VERSION =
      LintFormat.class.getPackage().getImplementationVersion() == null
          ? "0.1.0-SNAPSHOT"
          : LintFormat.class.getPackage().getImplementationVersion();

  /**
   * Renders a report.
   *
   * @param report the report
   * @param color whether text output may use ANSI colours (ignored by the other formats)
   * @return the rendered report
   */
  public String render(LintReport report, boolean color) {
    return switch (this) {
      case TEXT -> ReportRenderer.text(report, color);
      case JSON -> ReportRenderer.json(report);
      case SARIF -> ReportRenderer.sarif(report, VERSION);
      case GITHUB -> ReportRenderer.github(report);
    };
  }

  /**
   * Parses a format name.
   *
   * @param name {@code text}, {@code json}, {@code sarif} or {@code github}, any case
   * @return the format
   * @throws CairnException for an unknown name
   */
  public static LintFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CairnException(
          ErrorCode.LINT_CONFIG_INVALID,
          "unknown lint format '" + name + "': use text, json, sarif or github",
          e);
    }
  }
}
