package dev.cairn.cli.internal;

import dev.cairn.runtime.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every {@link Duration} option with {@link DurationText}'s syntax ({@code 500ms}, {@code
 * 30s}, {@code 1m30s}, {@code PT30S}, …), the one the Maven plugin accepts too.
 */
public final class Durations implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * Parses a duration.
   *
   * @param value the text
   * @return the duration
   * @throws TypeConversionException when the text is no duration or is negative
   */
  public static Duration parse(String value) {
    try {
      return DurationText.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
