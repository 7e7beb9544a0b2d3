package dev.cairn.diff;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database URL as users write it, split into what the JDBC driver takes: {@code
 * jdbc:postgresql://host:port/db?user=…&password=…} or the libpq/Atlas form {@code
 * postgres://user:password@host:port/db?sslmode=…}. The one place the CLI, the Maven plugin, the
 * starter and the dev databases ({@link DevDatabases}) parse database URLs and hide passwords.
 *
 * <pre>{@code
 * DatabaseUrl db = DatabaseUrl.parse("postgres://app:s3cret@db:5432/shop?sslmode=require")
 *     .withCredentials(System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
 * log.info("Database: " + db.display()); // jdbc:postgresql://db:5432/shop?sslmode=require (user app)
 * }</pre>
 *
 * <p>{@link #toString()} and {@link #display()} never show the password.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL without {@code user}/{@code password} parameters
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  private static final Pattern LIBPQ =
      Pattern.compile(
          "(?i)^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?@]*)(/[^?]*)?(\\?.*)?$");
  private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*(@)");

  /**
   * Checks the URL is present.
   *
   * @throws NullPointerException when {@code jdbcUrl} is null
   */
  public DatabaseUrl {
    java.util.Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /**
   * Whether the text is a URL this class parses: {@code jdbc:postgresql:}, {@code postgres://} or
   * {@code postgresql://}.
   *
   * @param url the text, or null
   * @return true for a PostgreSQL database URL
   */
  public static boolean isDatabaseUrl(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:postgresql:") || isLibpq(lower);
  }

  /**
   * Whether the text is a libpq-style {@code postgres://} or {@code postgresql://} URL.
   *
   * @param url the URL
   * @return true for the libpq form
   */
  public static boolean isLibpq(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("postgres://") || lower.startsWith("postgresql://");
  }

  /**
   * Parses a database URL: the {@code user}/{@code password} parameters of a JDBC URL, or the
   * (percent-decoded) user information of a libpq URL, become {@link #user()} and {@link
   * #password()}. A libpq URL's {@code search_path} parameter (Atlas's way of scoping a schema)
   * becomes JDBC's {@code currentSchema}.
   *
   * @param url the URL as given
   * @return the parts
   * @throws IllegalArgumentException when the URL is neither form (the message has no password)
   */
  public static DatabaseUrl parse(String url) {
    String trimmed = url == null ? "" : url.strip();
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
      String query = m.group(5) == null ? "" : searchPathToCurrentSchema(m.group(5));
      return new DatabaseUrl(
          "jdbc:postgresql://" + m.group(3) + path + query, decode(m.group(1)), decode(m.group(2)));
    }
    throw new IllegalArgumentException(
        "'"
            + redact(trimmed)
            + "' is not a database URL; write jdbc:postgresql://HOST:PORT/DB or"
            + " postgres://USER:PASSWORD@HOST:PORT/DB");
  }

  /**
   * Parses a URL and applies explicit credentials, which win over the URL's.
   *
   * @param url the URL as given
   * @param user an explicit user, or null (blank counts as none)
   * @param password an explicit password, or null (empty counts as none)
   * @return the parts
   * @throws IllegalArgumentException when the URL is neither form (the message has no password)
   */
  public static DatabaseUrl parse(String url, String user, String password) {
    return parse(url).withCredentials(user, password);
  }

  /**
   * This URL with explicit credentials; null (or blank user, empty password) keeps the current one.
   *
   * @param explicitUser the user, or null
   * @param explicitPassword the password, or null
   * @return the URL with the credentials
   */
  public DatabaseUrl withCredentials(String explicitUser, String explicitPassword) {
    String u = explicitUser != null && !explicitUser.isBlank() ? explicitUser : user;
    String p =
        explicitPassword != null && !explicitPassword.isEmpty() ? explicitPassword : password;
    return new DatabaseUrl(jdbcUrl, u == null || u.isBlank() ? null : u, p);
  }

  /**
   * The JDBC URL with the credentials as {@code user}/{@code password} parameters
   * (percent-encoded), for APIs that take a URL only. Never print it.
   *
   * @return the JDBC URL with credentials
   */
  public String jdbcUrlWithCredentials() {
    StringBuilder sb = new StringBuilder(jdbcUrl);
    char sep = jdbcUrl.indexOf('?') < 0 ? '?' : '&';
    if (user != null) {
      sb.append(sep).append("user=").append(encode(user));
      sep = '&';
    }
    if (password != null) {
      sb.append(sep).append("password=").append(encode(password));
    }
    return sb.toString();
  }

  /**
   * The database for messages and log lines: the URL and the user, never the password.
   *
   * @return e.g. {@code jdbc:postgresql://db:5432/app (user app)}
   */
  public String display() {
    return redact(jdbcUrl) + (user == null ? "" : " (user " + user + ")");
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + display() + "]";
  }

  /**
   * Replaces every password in a text (a {@code password=} parameter, or the password part of
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
   * Replaces passwords in URLs within a text, and every occurrence of this URL's password (a driver
   * message may echo it), by {@code ***}.
   *
   * @param text the text, or null
   * @return the text without passwords
   */
  public String redactIn(String text) {
    String t = redact(text);
    if (t != null && password != null && !password.isEmpty()) {
      t = t.replace(password, "***");
    }
    return t;
  }

  /**
   * Moves {@code user} and {@code password} query parameters out of a JDBC URL, so that explicit
   * options can override them and the URL can be shown as it is.
   */
  private static DatabaseUrl fromJdbc(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return new DatabaseUrl(url, null, null);
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
    return new DatabaseUrl(
        kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
  }

  private static String searchPathToCurrentSchema(String query) {
    List<String> params = new ArrayList<>();
    for (String kv : query.substring(1).split("&")) {
      if (kv.toLowerCase(Locale.ROOT).startsWith("search_path=")) {
        kv = "currentSchema=" + kv.substring("search_path=".length());
      }
      if (!kv.isEmpty()) {
        params.add(kv);
      }
    }
    return params.isEmpty() ? "" : "?" + String.join("&", params);
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

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
