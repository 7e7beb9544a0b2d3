package dev.cairn.diff.internal.diff;

import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small lexer for SQL text printed by the catalog ({@code pg_get_*def}, {@code pg_get_expr}).
 * Catalog output prints key words in upper case and identifiers in their stored case (quoted when
 * needed), so an unquoted token equals an identifier exactly when its text equals the name. That
 * makes token-level search and replace of identifiers reliable without a parser.
 */
public final class SqlText {
  private SqlText() {}

  /** Token kinds. */
  public enum Kind {
    /** An unquoted word: key word or identifier. */
    WORD,
    /** A double-quoted identifier. */
    QUOTED,
    /** A string literal ({@code '…'}, {@code E'…'}, dollar-quoted). */
    STRING,
    /** A number. */
    NUMBER,
    /** Whitespace or a comment. */
    SPACE,
    /** Anything else: operators, punctuation. */
    SYMBOL
  }

  /**
   * One token.
   *
   * @param kind the kind
   * @param text the exact source text
   * @param start start offset
   * @param end end offset (exclusive)
   */
  public record Token(Kind kind, String text, int start, int end) {
    /**
     * The identifier this token denotes, or {@code null} for non-identifiers.
     *
     * @return the unquoted identifier
     */
    public String identifier() {
      if (kind == Kind.WORD) {
        return text;
      }
      if (kind == Kind.QUOTED) {
        return text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      return null;
    }

    /**
     * Whether the token is the given key word (case-insensitive, unquoted).
     *
     * @param keyword the key word
     * @return true when it is
     */
    public boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
  }

  /**
   * Splits SQL text into tokens; concatenating their texts gives the input back.
   *
   * @param sql the text
   * @return the tokens
   */
  public static List<Token> tokens(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.SPACE, sql.substring(start, i), start, i));
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
        out.add(new Token(Kind.SPACE, sql.substring(start, i), start, i));
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int depth = 0;
        while (i < n) {
          if (sql.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (sql.startsWith("*/", i)) {
            depth--;
            i += 2;
            if (depth == 0) {
              break;
            }
          } else {
            i++;
          }
        }
        out.add(new Token(Kind.SPACE, sql.substring(start, i), start, i));
      } else if (c == '\'') {
        i = endOfString(sql, i + 1, false);
        out.add(new Token(Kind.STRING, sql.substring(start, i), start, i));
      } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
        i = endOfString(sql, i + 2, true);
        out.add(new Token(Kind.STRING, sql.substring(start, i), start, i));
      } else if (c == '"') {
        i++;
        while (i < n) {
          if (sql.charAt(i) == '"') {
            if (i + 1 < n && sql.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        out.add(new Token(Kind.QUOTED, sql.substring(start, i), start, i));
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        i = close < 0 ? n : close + tag.length();
        out.add(new Token(Kind.STRING, sql.substring(start, i), start, i));
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n
            && (Character.isLetterOrDigit(sql.charAt(i))
                || sql.charAt(i) == '_'
                || sql.charAt(i) == '$')) {
          i++;
        }
        out.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        out.add(new Token(Kind.NUMBER, sql.substring(start, i), start, i));
      } else {
        i++;
        out.add(new Token(Kind.SYMBOL, sql.substring(start, i), start, i));
      }
    }
    return out;
  }

  private static int endOfString(String sql, int i, boolean backslashes) {
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (backslashes && c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'') {
        if (i + 1 < n && sql.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return n;
  }

  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length() && sql.charAt(j) == '$') {
      if (j > i + 1 && Character.isDigit(sql.charAt(i + 1))) {
        return null; // $1 parameter reference
      }
      return sql.substring(i, j + 1);
    }
    return null;
  }

  /**
   * The text with dollar-quoted strings replaced by their contents, so that the statements inside a
   * routine body can be searched like the rest.
   *
   * @param sql the text
   * @return the unwrapped text
   */
  public static String unwrapDollarQuotes(String sql) {
    StringBuilder sb = new StringBuilder(sql.length());
    for (Token t : tokens(sql)) {
      String text = t.text();
      if (t.kind() == Kind.STRING && text.startsWith("$")) {
        int open = text.indexOf('$', 1) + 1;
        int close = text.lastIndexOf('$', text.length() - 2);
        sb.append(' ').append(close >= open ? text.substring(open, close) : "").append(' ');
      } else {
        sb.append(text);
      }
    }
    return sb.toString();
  }

  /**
   * Whether the text uses the identifier anywhere (outside string literals).
   *
   * @param sql the text, or {@code null}
   * @param identifier the identifier as stored
   * @return true when an identifier token equals it
   */
  public static boolean mentions(String sql, String identifier) {
    if (sql == null) {
      return false;
    }
    for (Token t : tokens(sql)) {
      if (identifier.equals(t.identifier())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces every identifier token equal to {@code from} by {@code to} (quoted as needed).
   *
   * @param sql the text, or {@code null}
   * @param from the identifier to replace
   * @param to the replacement identifier
   * @return the rewritten text, or {@code null} for {@code null}
   */
  public static String replaceIdentifier(String sql, String from, String to) {
    return replaceIdentifier(sql, from, to, t -> true);
  }

  /**
   * Replaces identifier tokens equal to {@code from} that satisfy a condition on their index.
   *
   * @param sql the text, or {@code null}
   * @param from the identifier to replace
   * @param to the replacement
   * @param where a condition on the token position in {@link #tokens}
   * @return the rewritten text
   */
  public static String replaceIdentifier(
      String sql, String from, String to, Predicate<Integer> where) {
    if (sql == null) {
      return null;
    }
    List<Token> ts = tokens(sql);
    StringBuilder sb = new StringBuilder(sql.length());
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (from.equals(t.identifier()) && where.test(i)) {
        sb.append(Identifiers.quote(to));
      } else {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  /**
   * Replaces references to a relation: {@code schema.old} everywhere, and a bare {@code old} after
   * {@code ON}, {@code ONLY}, {@code REFERENCES}, {@code FROM} or {@code JOIN} (the places where
   * the catalog prints a visible relation without its schema).
   *
   * @param sql the text, or {@code null}
   * @param from the current relation name
   * @param to the new unqualified name
   * @return the rewritten text
   */
  public static String replaceRelation(String sql, QualifiedName from, String to) {
    if (sql == null) {
      return null;
    }
    List<Token> ts = tokens(sql);
    StringBuilder sb = new StringBuilder(sql.length());
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (from.name().equals(t.identifier()) && isRelationPosition(ts, i, from.schema())) {
        sb.append(Identifiers.quote(to));
      } else {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  private static boolean isRelationPosition(List<Token> ts, int i, String schema) {
    int prev = previousSignificant(ts, i);
    if (prev >= 0 && ts.get(prev).text().equals(".")) {
      int qualifier = previousSignificant(ts, prev);
      return qualifier >= 0 && schema.equals(ts.get(qualifier).identifier());
    }
    if (prev < 0) {
      return false;
    }
    Token p = ts.get(prev);
    return p.is("ON") || p.is("ONLY") || p.is("REFERENCES") || p.is("FROM") || p.is("JOIN");
  }

  /**
   * The index of the previous non-space token.
   *
   * @param ts tokens
   * @param i the position
   * @return the previous significant index, or -1
   */
  public static int previousSignificant(List<Token> ts, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (ts.get(j).kind() != Kind.SPACE) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Identifiers used in the text, in order, with duplicates.
   *
   * @param sql the text, or {@code null}
   * @return identifier values
   */
  public static List<String> identifiers(String sql) {
    List<String> out = new ArrayList<>();
    if (sql == null) {
      return out;
    }
    for (Token t : tokens(sql)) {
      String id = t.identifier();
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Whether the text references a relation or type by name: qualified, or unqualified when it lives
   * in {@code public} (visible through the default search path).
   *
   * @param sql the text, or {@code null}
   * @param name the object
   * @return true when referenced
   */
  public static boolean mentionsObject(String sql, QualifiedName name) {
    if (sql == null || !mentions(sql, name.name())) {
      return false;
    }
    List<Token> ts = tokens(sql);
    for (int i = 0; i < ts.size(); i++) {
      if (!name.name().equals(ts.get(i).identifier())) {
        continue;
      }
      int prev = previousSignificant(ts, i);
      if (prev >= 0 && ts.get(prev).text().equals(".")) {
        int q = previousSignificant(ts, prev);
        if (q >= 0 && name.schema().equals(ts.get(q).identifier())) {
          return true;
        }
      } else if (name.schema().equals("public")) {
        return true;
      }
    }
    return false;
  }
}
