package dev.cairn.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Atlas's file naming ({@code <version>_<description>.sql}) and ordering (by the bytes of the
 * name), with Cairn's stricter checks: a version must be digits (optionally dot-separated), so that
 * typos and other tools' conventions are reported instead of silently ordered.
 */
public final class MigrationNames {
  private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)*");
  private static final Pattern FLYWAY = Pattern.compile("(?i)^(?:[VU][0-9][0-9._]*|R)__.*");

  /** Orders names as Atlas (Go's {@code <} on strings) does: by their UTF-8 bytes, unsigned. */
  public static final Comparator<String> BYTE_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private MigrationNames() {}

  /**
   * The parts of a migration file name.
   *
   * @param version the text before the first {@code _} (or the whole base name)
   * @param description the text after the first {@code _}, empty without one
   */
  public record Parts(String version, String description) {}

  /**
   * Whether Atlas would treat this directory entry as a migration file.
   *
   * @param name the file name
   * @return true for names ending in {@code .sql}
   */
  public static boolean isMigration(String name) {
    return name.endsWith(".sql");
  }

  /**
   * Splits a name the way Atlas does: version before the first {@code _}, description after it.
   *
   * @param name a name ending in {@code .sql}
   * @return the parts
   */
  public static Parts split(String name) {
    String base = name.substring(0, name.length() - ".sql".length());
    int underscore = base.indexOf('_');
    return underscore < 0
        ? new Parts(base, "")
        : new Parts(base.substring(0, underscore), base.substring(underscore + 1));
  }

  /**
   * Checks a {@code .sql} name.
   *
   * @param name the file name
   * @return a description of what is wrong and how to fix it, or empty when the name is valid
   */
  public static Optional<String> problem(String name) {
    Parts parts = split(name);
    if (VERSION.matcher(parts.version()).matches()) {
      return Optional.empty();
    }
    if (FLYWAY.matcher(name).matches()) {
      return Optional.of(
          "looks like a Flyway migration name; Cairn and Atlas name files"
              + " <version>_<description>.sql with a numeric version (e.g."
              + " 20240101120000_create_users.sql), ordered by name");
    }
    if (parts.version().isEmpty()) {
      return Optional.of(
          "has no version before the '_'; name it <version>_<description>.sql, e.g."
              + " 20240101120000_"
              + parts.description()
              + ".sql");
    }
    return Optional.of(
        "has version '"
            + parts.version()
            + "', but a version must be digits (optionally dot-separated), e.g. a UTC timestamp"
            + " yyyyMMddHHmmss; name it <version>_<description>.sql");
  }

  /**
   * Recognizes names that were probably meant as migrations but that Atlas would silently skip.
   *
   * @param name a file name not ending in {@code .sql}
   * @return what is wrong, or empty for unrelated files such as {@code README.md}
   */
  public static Optional<String> nearMiss(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".sql")) {
      String fixed = name.substring(0, name.length() - 4) + ".sql";
      return Optional.of(
          "has extension '"
              + name.substring(name.length() - 4)
              + "'; migration files must end in lower-case '.sql' (Atlas ignores any other"
              + " spelling) — rename it to "
              + fixed);
    }
    return Optional.empty();
  }
}
