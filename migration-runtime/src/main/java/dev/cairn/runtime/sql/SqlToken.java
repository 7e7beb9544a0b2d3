package dev.cairn.runtime.sql;

import java.util.Locale;
import java.util.Objects;

/**
 * One lexical token of PostgreSQL SQL text, as produced by {@link SqlScanner}.
 *
 * @param kind what sort of token this is
 * @param text the exact source text of the token (quotes, comment markers and all)
 * @param line the 1-based line on which the token starts
 * @param offset the 0-based character offset at which the token starts
 */
public record SqlToken(Kind kind, String text, int line, int offset) {

  /** The sorts of tokens PostgreSQL's lexer distinguishes (as far as splitting needs). */
  public enum Kind {
    /** A keyword or unquoted identifier, e.g. {@code CREATE}, {@code users}. */
    WORD,
    /** A double-quoted identifier, e.g. {@code "Order"} or {@code U&"d\0061t"}. */
    QUOTED_IDENTIFIER,
    /**
     * A quoted string literal: {@code 'x'}, {@code E'x\n'}, {@code U&'x'}, {@code B'101'}, {@code
     * X'1F'} or {@code N'x'}.
     */
    STRING,
    /** A dollar-quoted string, e.g. {@code $$…$$} or {@code $body$…$body$}. */
    DOLLAR_STRING,
    /** A numeric literal, e.g. {@code 42}, {@code 1.5e3}, {@code 0x1F}. */
    NUMBER,
    /** A positional parameter, e.g. {@code $1}. */
    PARAMETER,
    /** An operator or punctuation, e.g. {@code =}, {@code ::}, {@code (}, {@code ,}. */
    OPERATOR,
    /**
     * A semicolon. With the default delimiter it ends a statement (unless inside parentheses or a
     * {@code BEGIN ATOMIC} body); with a custom delimiter it is part of the statement.
     */
    SEMICOLON,
    /** A custom statement delimiter (set with {@code atlas:delimiter}), e.g. {@code //}. */
    DELIMITER,
    /** A {@code --} comment up to (not including) the end of its line. */
    LINE_COMMENT,
    /** A {@code /* … *}{@code /} comment, which may nest. */
    BLOCK_COMMENT,
    /** Whitespace, including Unicode spaces such as U+00A0 and a byte-order mark. */
    WHITESPACE
  }

  /**
   * Creates a token.
   *
   * @param kind what sort of token this is
   * @param text the exact source text
   * @param line the 1-based start line
   * @param offset the 0-based start offset
   */
  public SqlToken {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The offset just after the token's last character.
   *
   * @return {@code offset() + text().length()}
   */
  public int end() {
    return offset + text.length();
  }

  /**
   * Whether the token carries no meaning for PostgreSQL (whitespace or a comment).
   *
   * @return true for whitespace and comments
   */
  public boolean isTrivia() {
    return kind == Kind.WHITESPACE || kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
  }

  /**
   * Whether the token is a comment.
   *
   * @return true for line and block comments
   */
  public boolean isComment() {
    return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
  }

  /**
   * Whether the token is an unquoted word (keyword or identifier).
   *
   * @return true for {@link Kind#WORD}
   */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /**
   * Whether the token is an unquoted word equal, ignoring case, to one of the given words.
   *
   * @param words candidate keywords, e.g. {@code "CREATE"}
   * @return true if this is a {@link Kind#WORD} matching one of them
   */
  public boolean isWord(String... words) {
    if (kind != Kind.WORD) {
      return false;
    }
    for (String w : words) {
      if (text.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token is an operator or punctuation with exactly this text.
   *
   * @param operator e.g. {@code "("} or {@code "::"}
   * @return true on an exact match
   */
  public boolean isOperator(String operator) {
    return kind == Kind.OPERATOR && text.equals(operator);
  }

  /**
   * The word upper-cased (locale-independent), for keyword comparisons; other tokens return their
   * text unchanged.
   *
   * @return e.g. {@code "SELECT"} for the word {@code select}
   */
  public String upper() {
    return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : text;
  }

  /**
   * The identifier this token names, as PostgreSQL resolves it: unquoted words are folded to lower
   * case, quoted identifiers lose their quotes and have {@code ""} and Unicode escapes ({@code
   * \XXXX}, {@code \+XXXXXX}) resolved.
   *
   * @return the identifier, or the plain text for tokens that are not identifiers
   */
  public String identifier() {
    if (kind == Kind.WORD) {
      return text.toLowerCase(Locale.ROOT);
    }
    if (kind != Kind.QUOTED_IDENTIFIER) {
      return text;
    }
    boolean unicode = text.startsWith("U&") || text.startsWith("u&");
    String body = text.substring(unicode ? 3 : 1, text.length() - 1).replace("\"\"", "\"");
    return unicode ? decodeUnicodeEscapes(body) : body;
  }

  private static String decodeUnicodeEscapes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
      } else if (s.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else if (s.charAt(i + 1) == '+' && i + 8 <= s.length() && isHex(s, i + 2, i + 8)) {
        out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 8), 16));
        i += 7;
      } else if (i + 5 <= s.length() && isHex(s, i + 1, i + 5)) {
        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
