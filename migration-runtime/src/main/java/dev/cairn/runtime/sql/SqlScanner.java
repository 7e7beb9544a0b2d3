package dev.cairn.runtime.sql;

import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits PostgreSQL SQL text into {@link SqlToken}s, following the lexical rules of PostgreSQL's
 * own scanner where they matter for finding statement boundaries and keywords: quoted identifiers
 * ({@code ""} escapes), standard strings ({@code ''} escapes), {@code E''} strings (backslash
 * escapes), {@code U&''}, {@code B''}, {@code X''}, {@code N''}, dollar-quoted strings with tags,
 * nested block comments, line comments, numbers, positional parameters and operators.
 *
 * <p>The token stream is lossless: concatenating every token's text gives back the input. Unicode
 * whitespace (e.g. U+00A0, U+2028) and a byte-order mark are reported as whitespace, although
 * PostgreSQL would treat them as identifier characters — a statement using them fails there anyway,
 * and seeing {@code CREATE\u00A0TABLE} as two words keeps statement classification conservative.
 *
 * <p>A scanner is a single-use, pull-style cursor ({@link #hasNext()}/{@link #next()}), so callers
 * such as {@link SqlSplitter} can change {@link #standardConformingStrings(boolean)} between
 * statements, as a {@code SET standard_conforming_strings} would. Not thread-safe.
 */
public final class SqlScanner {
  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private final String sql;
  private final String delimiter;
  private boolean standardConformingStrings = true;
  private int pos;
  private int line = 1;

  /**
   * Creates a scanner using the default delimiter {@code ;}.
   *
   * @param sql the SQL text
   */
  public SqlScanner(String sql) {
    this(sql, null);
  }

  /**
   * Creates a scanner with a custom statement delimiter.
   *
   * @param sql the SQL text
   * @param delimiter the delimiter reported as {@link Kind#DELIMITER}, e.g. {@code "//"} or {@code
   *     "\n---\n"}; {@code null} or {@code ";"} for the default (semicolons are then reported as
   *     {@link Kind#SEMICOLON})
   */
  public SqlScanner(String sql, String delimiter) {
    if (sql == null) {
      throw new NullPointerException("sql");
    }
    if (delimiter != null && delimiter.isEmpty()) {
      throw new IllegalArgumentException("delimiter must not be empty");
    }
    this.sql = sql;
    this.delimiter = ";".equals(delimiter) ? null : delimiter;
  }

  /**
   * Tokenizes SQL text with the default delimiter.
   *
   * @param sql the SQL text
   * @return every token, trivia included
   * @throws SqlSyntaxException if a quote, dollar quote or block comment is never closed
   */
  public static List<SqlToken> tokenize(String sql) {
    return tokenize(sql, null);
  }

  /**
   * Tokenizes SQL text with a custom delimiter.
   *
   * @param sql the SQL text
   * @param delimiter the custom delimiter, or {@code null} for {@code ;}
   * @return every token, trivia included
   * @throws SqlSyntaxException if a quote, dollar quote or block comment is never closed
   */
  public static List<SqlToken> tokenize(String sql, String delimiter) {
    SqlScanner scanner = new SqlScanner(sql, delimiter);
    List<SqlToken> tokens = new ArrayList<>();
    while (scanner.hasNext()) {
      tokens.add(scanner.next());
    }
    return tokens;
  }

  /**
   * Tokenizes SQL text and drops whitespace and comments: the tokens PostgreSQL's parser would see.
   *
   * @param sql the SQL text
   * @return the significant tokens
   * @throws SqlSyntaxException if a quote, dollar quote or block comment is never closed
   */
  public static List<SqlToken> significantTokens(String sql) {
    SqlScanner scanner = new SqlScanner(sql);
    List<SqlToken> tokens = new ArrayList<>();
    while (scanner.hasNext()) {
      SqlToken t = scanner.next();
      if (!t.isTrivia()) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  /**
   * Sets whether plain {@code '…'} strings treat backslashes literally (PostgreSQL's default since
   * 9.1). When off, a backslash escapes the next character in every string, as in {@code E''}.
   * Takes effect from the next token.
   *
   * @param on the value of the {@code standard_conforming_strings} setting
   */
  public void standardConformingStrings(boolean on) {
    this.standardConformingStrings = on;
  }

  /**
   * Whether more tokens follow.
   *
   * @return true unless the end of the text was reached
   */
  public boolean hasNext() {
    return pos < sql.length();
  }

  /**
   * Scans the next token.
   *
   * @return the token
   * @throws NoSuchElementException at the end of the text
   * @throws SqlSyntaxException if a quote, dollar quote or block comment is never closed
   */
  public SqlToken next() {
    if (!hasNext()) {
      throw new NoSuchElementException("end of SQL text");
    }
    int start = pos;
    int startLine = line;
    Kind kind = scan();
    String text = sql.substring(start, pos);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new SqlToken(kind, text, startLine, start);
  }

  private Kind scan() {
    char c = sql.charAt(pos);
    if (delimiter != null && delimiterAt(pos)) {
      pos += delimiter.length();
      return Kind.DELIMITER;
    }
    if (isSpace(c)) {
      pos++;
      while (pos < sql.length() && isSpace(sql.charAt(pos)) && !delimiterAt(pos)) {
        pos++;
      }
      return Kind.WHITESPACE;
    }
    if (c == '-' && peek(1) == '-') {
      int nl = sql.indexOf('\n', pos);
      pos = nl < 0 ? sql.length() : nl;
      return Kind.LINE_COMMENT;
    }
    if (c == '/' && peek(1) == '*') {
      blockComment();
      return Kind.BLOCK_COMMENT;
    }
    if (c == '\'') {
      quoted('\'', !standardConformingStrings, "string literal");
      return Kind.STRING;
    }
    if (c == '"') {
      quoted('"', false, "quoted identifier");
      return Kind.QUOTED_IDENTIFIER;
    }
    if ((c == 'e' || c == 'E') && peek(1) == '\'') {
      pos++;
      quoted('\'', true, "escape string E'…'");
      return Kind.STRING;
    }
    if ((c == 'u' || c == 'U') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
      char q = peek(2);
      pos += 2;
      quoted(q, false, q == '"' ? "quoted identifier U&\"…\"" : "Unicode string U&'…'");
      return q == '"' ? Kind.QUOTED_IDENTIFIER : Kind.STRING;
    }
    if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && peek(1) == '\'') {
      pos++;
      // National strings follow standard_conforming_strings; bit strings never hold backslashes
      // that matter, so the same rule is harmless for them.
      quoted('\'', !standardConformingStrings, "string literal");
      return Kind.STRING;
    }
    if (isIdentStart(c)) {
      pos++;
      while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
        pos++;
      }
      return Kind.WORD;
    }
    if (c == '$') {
      return dollar();
    }
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      number();
      return Kind.NUMBER;
    }
    if (c == ';') {
      pos++;
      return Kind.SEMICOLON;
    }
    if (c == ':' && peek(1) == ':') {
      pos += 2;
      return Kind.OPERATOR;
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      pos++;
      while (pos < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(pos)) >= 0) {
        char d = sql.charAt(pos);
        // PostgreSQL ends an operator where a comment starts.
        if ((d == '-' && peek(1) == '-') || (d == '/' && peek(1) == '*') || delimiterAt(pos)) {
          break;
        }
        pos++;
      }
      return Kind.OPERATOR;
    }
    // Punctuation and anything PostgreSQL itself would reject: one character at a time (a
    // surrogate pair stays together).
    pos += Character.charCount(sql.codePointAt(pos));
    return Kind.OPERATOR;
  }

  private boolean delimiterAt(int at) {
    if (delimiter == null || !sql.startsWith(delimiter, at)) {
      return false;
    }
    // A word-like delimiter (e.g. GO) must not match the start of a longer word (GOTO).
    int after = at + delimiter.length();
    char last = delimiter.charAt(delimiter.length() - 1);
    return !((isIdentStart(last) || isDigit(last))
        && after < sql.length()
        && isIdentPart(sql.charAt(after)));
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private void blockComment() {
    int depth = 0;
    while (pos < sql.length()) {
      if (sql.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (sql.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
    throw error(
        "unterminated block comment: the /* opened here is never closed; block comments nest in"
            + " PostgreSQL, so every /* inside it needs its own */");
  }

  private void quoted(char quote, boolean backslashEscapes, String what) {
    pos++; // opening quote
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (backslashEscapes && c == '\\') {
        pos += 2;
      } else if (c == quote) {
        if (peek(1) == quote) {
          pos += 2;
        } else {
          pos++;
          return;
        }
      } else {
        pos++;
      }
    }
    pos = Math.min(pos, sql.length());
    String hint =
        backslashEscapes
            ? "; a backslash escapes the next character here, so \\" + quote + " does not close it"
            : "; write " + quote + quote + " for a literal " + quote + " inside it";
    throw error("unterminated " + what + ": the " + quote + " opened here is never closed" + hint);
  }

  private Kind dollar() {
    if (isDigit(peek(1))) {
      pos++;
      while (pos < sql.length() && isDigit(sql.charAt(pos))) {
        pos++;
      }
      return Kind.PARAMETER;
    }
    int end = pos + 1;
    if (end < sql.length() && isDollarTagStart(sql.charAt(end))) {
      end++;
      while (end < sql.length() && isDollarTagPart(sql.charAt(end))) {
        end++;
      }
    }
    if (end >= sql.length() || sql.charAt(end) != '$') {
      pos++;
      return Kind.OPERATOR;
    }
    String tag = sql.substring(pos, end + 1);
    int close = sql.indexOf(tag, end + 1);
    if (close < 0) {
      throw error(
          "unterminated dollar-quoted string: the "
              + tag
              + " opened here is never closed by another "
              + tag);
    }
    pos = close + tag.length();
    return Kind.DOLLAR_STRING;
  }

  private void number() {
    if (sql.charAt(pos) == '0' && "xXoObB".indexOf(peek(1)) >= 0 && isHexOrUnderscore(peek(2))) {
      pos += 2;
      while (pos < sql.length() && isHexOrUnderscore(sql.charAt(pos))) {
        pos++;
      }
      return;
    }
    digits();
    if (pos < sql.length() && sql.charAt(pos) == '.' && peek(1) != '.') {
      pos++;
      digits();
    }
    if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
      char n = peek(1);
      if (isDigit(n)) {
        pos++;
        digits();
      } else if ((n == '+' || n == '-') && isDigit(peek(2))) {
        pos += 2;
        digits();
      }
    }
  }

  private void digits() {
    while (pos < sql.length() && (isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
      pos++;
    }
  }

  // Every error points at the start of the current token, whose line is `line`.
  private SqlSyntaxException error(String problem) {
    return new SqlSyntaxException(null, line, problem);
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\uFEFF'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexOrUnderscore(char c) {
    return Character.digit(c, 16) >= 0 && c < 128 || c == '_';
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '_'
        || (c >= 0x80 && !isSpace(c));
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || isDigit(c) || c == '$';
  }

  private static boolean isDollarTagStart(char c) {
    return isIdentStart(c);
  }

  private static boolean isDollarTagPart(char c) {
    return isIdentStart(c) || isDigit(c);
  }
}
