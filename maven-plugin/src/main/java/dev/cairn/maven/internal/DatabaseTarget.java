package dev.cairn.maven.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a goal connects to: a JDBC URL without credentials plus user and password, from a
 * {@code jdbc:postgresql:} URL (its {@code user}/{@code password} parameters) or a libpq {@code
 * postgres://user:password@host/db} URL; explicit user and password win over the URL's. {@link
 * #toString()} never shows the password.
 *
 * @param jdbcUrl the JDBC URL without credentials
 * @param user the user, or null
 * @param password the password, or null
 */
public record DatabaseTarget(String jdbcUrl, String user, String password) {
  private static final Pattern LIBPQ =
      Pattern.compile(
          "(?i)^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?@]+)(/[^?]*)?(\\?.*)?$");
  private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*(@)");

  /**
   * Parses a URL and applies explicit credentials.
   *
   * @param url a {@code jdbc:postgresql:} or {@code postgres://} URL
   * @param user an explicit user, or null
   * @param password an explicit password, or null
   * @return the target
   * @throws IllegalArgumentException when the URL is neither form (the message has no password)
   */
  public static DatabaseTarget of(String url, String user, String password) {
    String u = url.trim();
    String lower = u.toLowerCase(Locale.ROOT);
    String jdbc;
    String urlUser = null;
    String urlPassword = null;
    if (lower.startsWith("jdbc:postgresql:")) {
      int q = u.indexOf('?');
      jdbc = q < 0 ? u : u.substring(0, q);
      List<String> kept = new ArrayList<>();
      if (q >= 0) {
        for (String param : u.substring(q + 1).split("&")) {
          int eq = param.indexOf('=');
          String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
          String value = eq < 0 ? "" : decode(param.substring(eq + 1));
          if (name.equals("user")) {
            urlUser = value;
          } else if (name.equals("password")) {
            urlPassword = value;
          } else if (!param.isEmpty()) {
            kept.add(param);
          }
        }
      }
      if (!kept.isEmpty()) {
        jdbc += "?" + String.join("&", kept);
      }
    } else if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      Matcher m = LIBPQ.matcher(u);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'"
                + redact(u)
                + "' is not a valid postgres:// URL; write postgres://USER:PASSWORD@HOST/DB");
      }
      jdbc =
          "jdbc:postgresql://"
              + m.group(3)
              + (m.group(4) == null ? "/" : m.group(4))
              + (m.group(5) == null ? "" : m.group(5));
      urlUser = decode(m.group(1));
      urlPassword = decode(m.group(2));
    } else {
      throw new IllegalArgumentException(
          "'"
              + redact(u)
              + "' is not a PostgreSQL URL; write jdbc:postgresql://HOST:PORT/DB or"
              + " postgres://USER:PASSWORD@HOST:PORT/DB");
    }
    return new DatabaseTarget(
        jdbc,
        blankToNull(user != null ? user : urlUser),
        password != null ? password : urlPassword);
  }

  /**
   * Replaces passwords in URLs within a text by {@code ***}.
   *
   * @param text the text, or null
   * @return the text without passwords
   */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    return USERINFO_PASSWORD
        .matcher(QUERY_PASSWORD.matcher(text).replaceAll("$1***"))
        .replaceAll("$1***$2");
  }

  /**
   * The target for log lines.
   *
   * @return the URL and user, never the password
   */
  public String display() {
    return jdbcUrl + (user == null ? "" : " (user " + user + ")");
  }

  @Override
  public String toString() {
    return "DatabaseTarget[" + display() + "]";
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
