package dev.cairn.embedded;

import java.util.Locale;

/**
 * A PostgreSQL major version the embedded server can run, with the binaries release that provides
 * it.
 *
 * @param major the PostgreSQL major version, e.g. {@code 17}
 * @param binariesVersion the version of the {@code io.zonky.test.postgres} binaries artifact
 */
public record PostgresVersion(int major, String binariesVersion) {

  /** PostgreSQL 15. */
  public static final PostgresVersion V15 = new PostgresVersion(15, "15.19.0");

  /** PostgreSQL 16. */
  public static final PostgresVersion V16 = new PostgresVersion(16, "16.15.0");

  /** PostgreSQL 17, the default: its binaries ship as a dependency of this module. */
  public static final PostgresVersion V17 = new PostgresVersion(17, "17.11.0");

  /** PostgreSQL 18. */
  public static final PostgresVersion V18 = new PostgresVersion(18, "18.6.0");

  /** The version used when nothing else is asked for. */
  public static final PostgresVersion DEFAULT = V17;

  /**
   * Parses {@code "17"}, {@code "postgres:17"} or a full binaries version such as {@code
   * "16.15.0"}.
   *
   * @param text the version text
   * @return the version
   * @throws IllegalArgumentException when the text names no supported version
   */
  public static PostgresVersion parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("postgres:")) {
      t = t.substring("postgres:".length());
    }
    if (t.matches("\\d+\\.\\d+\\.\\d+")) {
      int major = Integer.parseInt(t.substring(0, t.indexOf('.')));
      if (major < 15) {
        throw unsupported(text);
      }
      return new PostgresVersion(major, t);
    }
    switch (t) {
      case "15":
        return V15;
      case "16":
        return V16;
      case "17":
        return V17;
      case "18":
        return V18;
      default:
        throw unsupported(text);
    }
  }

  private static IllegalArgumentException unsupported(String text) {
    return new IllegalArgumentException(
        "Unsupported embedded PostgreSQL version '"
            + text
            + "'. Use 15, 16, 17 or 18 (or a full binaries version such as 17.11.0).");
  }

  @Override
  public String toString() {
    return "PostgreSQL " + major + " (binaries " + binariesVersion + ")";
  }
}
