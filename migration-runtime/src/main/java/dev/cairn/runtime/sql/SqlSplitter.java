package dev.cairn.runtime.sql;

import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts PostgreSQL SQL text (typically a migration file) into statements.
 *
 * <p>With the default delimiter, a semicolon ends a statement unless it is inside parentheses (as
 * in a multi-action {@code CREATE RULE … DO (…; …)}) or inside a SQL-standard {@code BEGIN ATOMIC …
 * END} function body, where {@code CASE … END} pairs are tracked so their {@code END} does not
 * close the body — the same heuristics {@code psql} uses. Semicolons inside strings, quoted
 * identifiers, dollar quotes and comments never count.
 *
 * <p>With a custom delimiter (Atlas's {@code atlas:delimiter}), only that delimiter ends a
 * statement; semicolons stay part of the statement text.
 *
 * <p>Comments directly above a statement (no blank line in between) are attached to it, so
 * statement-level directives such as {@code -- atlas:nolint} can be found. A file's leading
 * directive block, separated from the first statement by a blank line, is not attached.
 *
 * <p>A {@code SET standard_conforming_strings = off} statement switches backslash escaping on for
 * plain strings in the statements after it, as it would in the session.
 */
public final class SqlSplitter {
  private SqlSplitter() {}

  /**
   * Splits SQL text at semicolons.
   *
   * @param sql the SQL text
   * @return the statements in source order, empty ones (e.g. {@code ;;}) dropped
   * @throws SqlSyntaxException if a quote, dollar quote, block comment, parenthesis or {@code BEGIN
   *     ATOMIC} body is never closed (the exception has no source; see {@link
   *     SqlSyntaxException#withSource(String)})
   */
  public static List<SqlStatement> split(String sql) {
    return split(sql, null);
  }

  /**
   * Splits SQL text at a custom delimiter.
   *
   * @param sql the SQL text
   * @param delimiter the delimiter, e.g. {@code "//"} or {@code "\n---\n"}; {@code null} or {@code
   *     ";"} for the default behaviour
   * @return the statements in source order, empty ones dropped
   * @throws SqlSyntaxException if a quote, dollar quote, block comment, parenthesis or {@code BEGIN
   *     ATOMIC} body is never closed
   */
  public static List<SqlStatement> split(String sql, String delimiter) {
    return new Run(sql, delimiter).split();
  }

  private static final class Run {
    private final String sql;
    private final boolean customDelimiter;
    private final SqlScanner scanner;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<String> pendingComments = new ArrayList<>();

    // State of the statement being read; `first` is null between statements.
    private SqlToken first;
    private List<String> comments;
    private int end;
    private final List<SqlToken> head = new ArrayList<>();
    private SqlToken previous;
    private int parenDepth;
    private SqlToken outerParen;
    private int atomicDepth;
    private SqlToken atomicStart;

    Run(String sql, String delimiter) {
      this.sql = sql;
      this.customDelimiter = delimiter != null && !";".equals(delimiter);
      this.scanner = new SqlScanner(sql, delimiter);
    }

    List<SqlStatement> split() {
      while (scanner.hasNext()) {
        SqlToken t = scanner.next();
        if (first == null) {
          between(t);
        } else {
          inside(t);
        }
      }
      if (first != null) {
        if (!customDelimiter && parenDepth > 0) {
          throw new SqlSyntaxException(
              null,
              outerParen.line(),
              "unclosed '(': the parenthesis opened here is never closed, so every following"
                  + " semicolon is part of this statement; add the missing ')'");
        }
        if (!customDelimiter && atomicDepth > 0) {
          throw new SqlSyntaxException(
              null,
              atomicStart.line(),
              "unclosed BEGIN ATOMIC body: the body started here is never closed by END; add"
                  + " 'END;' after its last statement");
        }
        emit(null);
      }
      return statements;
    }

    private void between(SqlToken t) {
      switch (t.kind()) {
        case WHITESPACE -> {
          if (blankLine(t.text())) {
            pendingComments.clear();
          }
        }
        case LINE_COMMENT, BLOCK_COMMENT -> pendingComments.add(t.text());
        case DELIMITER, SEMICOLON -> pendingComments.clear();
        default -> start(t);
      }
    }

    private void start(SqlToken t) {
      first = t;
      comments = List.copyOf(pendingComments);
      pendingComments.clear();
      head.clear();
      previous = null;
      parenDepth = 0;
      atomicDepth = 0;
      significant(t);
    }

    private void inside(SqlToken t) {
      switch (t.kind()) {
        case WHITESPACE -> {}
        case LINE_COMMENT, BLOCK_COMMENT -> end = t.end();
        case DELIMITER -> emit(t);
        case SEMICOLON -> {
          if (!customDelimiter && parenDepth == 0 && atomicDepth == 0) {
            emit(t);
          } else {
            significant(t);
          }
        }
        default -> significant(t);
      }
    }

    private void significant(SqlToken t) {
      end = t.end();
      if (head.size() < 6) {
        head.add(t);
      }
      if (!customDelimiter) {
        if (t.isOperator("(")) {
          if (parenDepth++ == 0) {
            outerParen = t;
          }
        } else if (t.isOperator(")")) {
          if (parenDepth > 0) {
            parenDepth--;
          }
        } else if (parenDepth == 0 && t.isWord()) {
          if (t.isWord("ATOMIC") && previous != null && previous.isWord("BEGIN")) {
            if (atomicDepth++ == 0) {
              atomicStart = previous;
            }
          } else if (atomicDepth > 0 && t.isWord("CASE")) {
            atomicDepth++;
          } else if (atomicDepth > 0 && t.isWord("END")) {
            atomicDepth--;
          }
        }
      }
      previous = t;
    }

    /** Ends the current statement; {@code terminator} is its delimiter, null at end of input. */
    private void emit(SqlToken terminator) {
      int start = first.offset();
      String text = sql.substring(start, end);
      // Atlas keeps a terminating semicolon (but not a custom delimiter) in its statement text.
      String atlasText =
          terminator != null && terminator.kind() == Kind.SEMICOLON
              ? sql.substring(start, terminator.end()).strip()
              : text;
      statements.add(new SqlStatement(text, first.line(), start, end, comments, atlasText));
      applySessionSettings();
      first = null;
    }

    // SET [SESSION | LOCAL] standard_conforming_strings { = | TO } value
    private void applySessionSettings() {
      int i = 0;
      if (head.size() < 4 || !head.get(i++).isWord("SET")) {
        return;
      }
      if (head.get(i).isWord("SESSION", "LOCAL")) {
        i++;
      }
      if (i + 2 >= head.size()) {
        return;
      }
      SqlToken name = head.get(i);
      SqlToken op = head.get(i + 1);
      SqlToken value = head.get(i + 2);
      if (!name.identifier().equals("standard_conforming_strings")
          || !(op.isOperator("=") || op.isWord("TO"))) {
        return;
      }
      String v =
          value.kind() == Kind.STRING
              ? value.text().substring(1, value.text().length() - 1)
              : value.text();
      switch (v.toLowerCase(Locale.ROOT)) {
        case "off", "false", "0", "no" -> scanner.standardConformingStrings(false);
        case "on", "true", "1", "yes", "default" -> scanner.standardConformingStrings(true);
        default -> {}
      }
    }

    private static boolean blankLine(String whitespace) {
      int newlines = 0;
      for (int i = 0; i < whitespace.length(); i++) {
        if (whitespace.charAt(i) == '\n' && ++newlines == 2) {
          return true;
        }
      }
      return false;
    }
  }
}
