package dev.cairn.cli.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database URLs as users write them: {@code jdbc:postgresql://host:port/db?user=…&password=…} or
 * the libpq form {@code postgres://user:password@host:port/db?sslmode=…}. Turns the latter into a
 * JDBC URL plus credentials, and redacts passwords for display.
 */
public final class DatabaseUrls {
  private static final Pattern LIBPQ =
      Pattern.compile(
          "(?i)^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(/[^?]*)?(\\?.*)?$");
  private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*(@)");

  private DatabaseUrls() {}

  /**
   * A URL split into what the PostgreSQL JDBC driver takes.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL without user information
   * @param user the user from the URL's user information, or null
   * @param password the password from the URL's user information, or null
   */
  public record Parsed(String jdbcUrl, String user, String password) {
    @Override
    public String toString() {
      return "Parsed[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + "]";
    }
  }

  /**
   * Whether the text is a libpq-style {@code postgres://} or {@code postgresql://} URL.
   *
   * @param url the URL
   * @return true for the libpq form
   */
  public static boolean isLibpq(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgres://") || lower.startsWith("postgresql://");
  }

  /**
   * Parses a database URL into a JDBC URL without credentials plus the user and password it
   * carried: {@code user}/{@code password} parameters of a JDBC URL, or the user information of a
   * libpq URL (percent-decoded).
   *
   * @param url the URL as given
   * @return the parts
   * @throws IllegalArgumentException when the URL is neither form
   */
  public static Parsed parse(String url) {
    String trimmed = url.trim();
    if (trimmed.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      return fromJdbc(trimmed);
    }
    if (isLibpq(trimmed)) {
      Matcher m = LIBPQ.matcher(trimmed);
      if (!m.matches() || m.group(3).isEmpty()) {
        throw new IllegalArgumentException(
            "'"
                + redact(trimmed)
                + "' is not a valid postgres:// URL; write postgres://USER:PASSWORD@HOST:PORT/DB");
      }
      String path = m.group(4) == null ? "/" : m.group(4);
      String query = m.group(5) == null ? "" : m.group(5);
      return new Parsed(
          "jdbc:postgresql://" + m.group(3) + path + query, decode(m.group(1)), decode(m.group(2)));
    }
    throw new IllegalArgumentException(
        "'"
            + redact(trimmed)
            + "' is not a database URL; write jdbc:postgresql://HOST:PORT/DB or"
            + " postgres://USER:PASSWORD@HOST:PORT/DB");
  }

  /**
   * Replaces every password in the text (a {@code password=} parameter, or the password part of
   * {@code //user:password@}) by {@code ***}.
   *
   * @param text a URL or a message holding one; null stays null
   * @return the text without passwords
   */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String t = QUERY_PASSWORD.matcher(text).replaceAll("$1***");
    return USERINFO_PASSWORD.matcher(t).replaceAll("$1***$2");
  }

  /**
   * Moves {@code user} and {@code password} query parameters out of a JDBC URL, so that explicit
   * options can override them and the URL can be shown as it is.
   */
  private static Parsed fromJdbc(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return new Parsed(url, null, null);
    }
    String user = null;
    String password = null;
    List<String> kept = new ArrayList<>();
    for (String param : url.substring(q + 1).split("&")) {
      int eq = param.indexOf('=');
      String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : param.substring(eq + 1);
      if (name.equals("user")) {
        user = decode(value);
      } else if (name.equals("password")) {
        password = decode(value);
      } else if (!param.isEmpty()) {
        kept.add(param);
      }
    }
    String base = url.substring(0, q);
    return new Parsed(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
  }

  private static String decode(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
