package dev.cairn.runtime;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in a command line or a build file: {@code 500ms}, {@code 30s},
 * {@code 2m}, {@code 1h}, {@code 1m30s}, a bare number of seconds, or ISO-8601 ({@code PT30S}). The
 * CLI and the Maven plugin read their timeouts with it, so both accept the same text.
 */
public final class DurationText {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern FORM = Pattern.compile("(?:\\d+(?:ms|s|m|h))+");

  private DurationText() {}

  /**
   * Parses a duration.
   *
   * @param value the text
   * @return the duration, never negative
   * @throws IllegalArgumentException when the text is no non-negative duration; the message quotes
   *     the text and shows the accepted forms
   */
  public static Duration parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    if (FORM.matcher(v).matches()) {
      Duration total = Duration.ZERO;
      Matcher m = PART.matcher(v);
      while (m.find()) {
        long n = Long.parseLong(m.group(1));
        total =
            total.plus(
                switch (m.group(2)) {
                  case "ms" -> Duration.ofMillis(n);
                  case "s" -> Duration.ofSeconds(n);
                  case "m" -> Duration.ofMinutes(n);
                  default -> Duration.ofHours(n);
                });
      }
      return total;
    }
    if (v.startsWith("p")) {
      try {
        Duration d = Duration.parse(value.trim());
        if (!d.isNegative()) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // reported below, with the accepted forms
      }
    }
    throw new IllegalArgumentException(
        "'" + value + "' is not a duration; write e.g. 500ms, 30s, 2m, 1h, 1m30s or PT30S");
  }
}
