package dev.cairn.maven.internal;

import dev.cairn.runtime.DurationText;
import java.time.Duration;

/**
 * Reads a duration parameter with the CLI's syntax ({@link DurationText}), naming the parameter.
 */
public final class Durations {
  private Durations() {}

  /**
   * Parses a duration.
   *
   * @param parameter the parameter's name, for the message
   * @param value the text
   * @return the duration
   * @throws IllegalArgumentException when the text is no non-negative duration
   */
  public static Duration parse(String parameter, String value) {
    try {
      return DurationText.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(parameter + " " + e.getMessage(), e);
    }
  }
}
