package dev.cairn.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atlas's own reading of a directive at the very start of a file's content, reproduced exactly
 * because it decides what goes into {@code atlas.sum} (the {@code atlas:sum ignore} directive).
 *
 * <p>Atlas matches {@code ^([ -~]*)atlas:(\w+)(?: +([ -~]*))*} against the whole content: the match
 * can only span the first line's printable-ASCII run, any prefix is allowed, and the argument is
 * everything after the spaces following the name, trailing spaces included. Bytes are decoded as
 * ISO-8859-1 so that, as in Go, no non-ASCII byte can match {@code [ -~]}.
 */
public final class AtlasDirective {
  private static final Pattern DIRECTIVE = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +([ -~]*))*");

  private AtlasDirective() {}

  /**
   * A directive as Atlas reads it.
   *
   * @param prefix the text before {@code atlas:} (e.g. {@code "-- "})
   * @param name the directive name
   * @param argument the argument, possibly empty
   */
  public record Match(String prefix, String name, String argument) {}

  /**
   * Reads the directive at the start of the content, as Atlas would.
   *
   * @param content the file's bytes
   * @return the directive, if the first line holds one
   */
  public static Optional<Match> firstLine(byte[] content) {
    int end = 0;
    while (end < content.length && content[end] >= 0x20 && content[end] <= 0x7e) {
      end++;
    }
    String head = new String(content, 0, end, StandardCharsets.ISO_8859_1);
    Matcher m = DIRECTIVE.matcher(head);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String argument = m.group(3) == null ? "" : m.group(3);
    return Optional.of(new Match(m.group(1), m.group(2), argument));
  }

  /**
   * Whether Atlas leaves this file's content out of {@code atlas.sum}.
   *
   * @param content the file's bytes
   * @return true if the first line is an {@code atlas:sum ignore} directive in Atlas's reading
   */
  public static boolean sumIgnored(byte[] content) {
    return firstLine(content)
        .filter(m -> m.name().equals("sum") && m.argument().equals("ignore"))
        .isPresent();
  }
}
