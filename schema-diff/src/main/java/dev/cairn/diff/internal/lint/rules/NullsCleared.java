package dev.cairn.diff.internal.lint.rules;

import static dev.cairn.diff.internal.lint.rules.Sql.q;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the statements that leave no NULL in a column of the table they target: {@code UPDATE
 * t SET col = <value> [WHERE col IS NULL]} and {@code DELETE FROM t WHERE col IS NULL} (the
 * condition may add other OR terms: it still selects every NULL row). Only these plain forms count
 * (no FROM, USING, RETURNING or subquery, a value other than NULL): anything cleverer may leave
 * rows out, and then the column is judged as unproven.
 */
final class NullsCleared {
  private static final Pattern UPDATE =
      Pattern.compile(
          "(?is)^UPDATE\\s+(?:ONLY\\s+)?[^\\s(]+(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?\\s+SET\\s+(.+?)"
              + "(?:\\s+WHERE\\s+(.+))?$");
  private static final Pattern DELETE =
      Pattern.compile(
          "(?is)^DELETE\\s+FROM\\s+(?:ONLY\\s+)?[^\\s(]+(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?"
              + "\\s+WHERE\\s+(.+)$");
  private static final Pattern UNSAFE =
      Pattern.compile("(?i)\\b(FROM|USING|RETURNING|SELECT|WHERE|CURRENT\\s+OF)\\b");

  private NullsCleared() {}

  /**
   * Whether the statement leaves no NULL in the column, for the rows it can see.
   *
   * @param sql the statement text (comments already outside it)
   * @param column the column name, unquoted
   * @return true for a covering back-fill or a delete of the NULL rows
   */
  static boolean by(String sql, String column) {
    String s = sql.replaceAll("\\s+", " ").trim();
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    Matcher u = UPDATE.matcher(s);
    if (u.matches()) {
      String set = u.group(1);
      String where = u.group(2);
      if (UNSAFE.matcher(set).find()) {
        return false;
      }
      return assignsNonNull(set, column) && (where == null || selectsNulls(where, column));
    }
    Matcher d = DELETE.matcher(s);
    return d.matches() && selectsNulls(d.group(1), column);
  }

  private static boolean assignsNonNull(String set, String column) {
    for (String assignment : TopLevel.split(set, ",")) {
      int eq = assignment.indexOf('=');
      if (eq < 0) {
        continue;
      }
      if (names(assignment.substring(0, eq).trim(), column)) {
        String value = assignment.substring(eq + 1).trim();
        return !value.isEmpty()
            && !value.equalsIgnoreCase("NULL")
            && !value.equalsIgnoreCase("DEFAULT");
      }
    }
    return false;
  }

  /**
   * Whether the condition selects every row where the column is NULL: one of its top-level OR terms
   * is {@code col IS NULL}.
   */
  private static boolean selectsNulls(String where, String column) {
    String w = where.trim();
    while (w.startsWith("(") && w.endsWith(")") && closes(w)) {
      w = w.substring(1, w.length() - 1).trim();
    }
    for (String term : TopLevel.split(w, " OR ")) {
      if (isNullTest(term, column)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(String w) {
    int depth = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0 && i < w.length() - 1) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isNullTest(String where, String column) {
    String w = where.trim();
    while (w.startsWith("(") && w.endsWith(")") && closes(w)) {
      w = w.substring(1, w.length() - 1).trim();
    }
    String upper = w.toUpperCase(Locale.ROOT);
    if (!upper.endsWith(" IS NULL")) {
      return false;
    }
    String subject = w.substring(0, w.length() - " IS NULL".length()).trim();
    int dot = lastDotOutsideQuotes(subject);
    return names(dot < 0 ? subject : subject.substring(dot + 1), column);
  }

  /** Whether an identifier as written names the column (unquoted names fold to lower case). */
  private static boolean names(String written, String column) {
    if (written.startsWith("\"")) {
      return written.equals(q(column)) || written.equals("\"" + column + "\"");
    }
    return written.toLowerCase(Locale.ROOT).equals(column);
  }

  private static int lastDotOutsideQuotes(String s) {
    boolean quoted = false;
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        last = i;
      }
    }
    return last;
  }
}
