package dev.cairn.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.sql.SqlToken.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlScannerTest {

  /** Significant tokens rendered as KIND«text», separated by spaces. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          select 1                  | WORD«select» NUMBER«1»
          "Ab""c".x                 | QUOTED_IDENTIFIER«"Ab""c"» OPERATOR«.» WORD«x»
          U&"d\\0061t"              | QUOTED_IDENTIFIER«U&"d\\0061t"»
          'it''s'                   | STRING«'it''s'»
          E'a\\'b'                  | STRING«E'a\\'b'»
          e'\\\\'<>'x'              | STRING«e'\\\\'» OPERATOR«<>» STRING«'x'»
          U&'\\0041'                | STRING«U&'\\0041'»
          B'101' X'ff' N'n'         | STRING«B'101'» STRING«X'ff'» STRING«N'n'»
          name'x'                   | WORD«name» STRING«'x'»
          $$a;b$$                   | DOLLAR_STRING«$$a;b$$»
          $fn$ $$ $fn$              | DOLLAR_STRING«$fn$ $$ $fn$»
          $1 + $23                  | PARAMETER«$1» OPERATOR«+» PARAMETER«$23»
          a$b$c                     | WORD«a$b$c»
          1.5e-3 .5 0x1F 1_000 2.   | NUMBER«1.5e-3» NUMBER«.5» NUMBER«0x1F» NUMBER«1_000» NUMBER«2.»
          x::int                    | WORD«x» OPERATOR«::» WORD«int»
          a<>b                      | WORD«a» OPERATOR«<>» WORD«b»
          1*/*c*/2                  | NUMBER«1» OPERATOR«*» NUMBER«2»
          1--c                      | NUMBER«1»
          a;b                       | WORD«a» SEMICOLON«;» WORD«b»
          f(a,[1])                  | WORD«f» OPERATOR«(» WORD«a» OPERATOR«,» OPERATOR«[» NUMBER«1» OPERATOR«]» OPERATOR«)»
          café naïve                | WORD«café» WORD«naïve»
          """)
  void significantTokens(String sql, String expected) {
    String rendered =
        SqlScanner.significantTokens(sql).stream()
            .map(t -> t.kind() + "«" + t.text() + "»")
            .collect(Collectors.joining(" "));
    assertThat(rendered).isEqualTo(expected);
  }

  @Test
  void tokenStreamIsLosslessAndTracksLinesAndOffsets() {
    String sql = "-- c\nSELECT /* a\nb */ 'x\ny'\n;";
    List<SqlToken> tokens = SqlScanner.tokenize(sql);

    assertThat(tokens.stream().map(SqlToken::text).collect(Collectors.joining())).isEqualTo(sql);
    assertThat(tokens)
        .extracting(SqlToken::kind, SqlToken::line, SqlToken::offset)
        .containsExactly(
            Tuple.tuple(Kind.LINE_COMMENT, 1, 0),
            Tuple.tuple(Kind.WHITESPACE, 1, 4),
            Tuple.tuple(Kind.WORD, 2, 5),
            Tuple.tuple(Kind.WHITESPACE, 2, 11),
            Tuple.tuple(Kind.BLOCK_COMMENT, 2, 12),
            Tuple.tuple(Kind.WHITESPACE, 3, 21),
            Tuple.tuple(Kind.STRING, 3, 22),
            Tuple.tuple(Kind.WHITESPACE, 4, 27),
            Tuple.tuple(Kind.SEMICOLON, 5, 28));
  }

  @Test
  void unicodeWhitespaceAndByteOrderMarkAreWhitespace() {
    List<SqlToken> tokens = SqlScanner.tokenize("\uFEFFCREATE\u00A0TABLE\u2028t\u3000x");
    assertThat(tokens)
        .extracting(SqlToken::kind)
        .containsExactly(
            Kind.WHITESPACE,
            Kind.WORD,
            Kind.WHITESPACE,
            Kind.WORD,
            Kind.WHITESPACE,
            Kind.WORD,
            Kind.WHITESPACE,
            Kind.WORD);
  }

  @Test
  void nestedBlockCommentIsOneToken() {
    List<SqlToken> tokens = SqlScanner.tokenize("/* a /* b */ c; */x");
    assertThat(tokens).extracting(SqlToken::text).containsExactly("/* a /* b */ c; */", "x");
  }

  @Test
  void standardConformingStringsOffMakesBackslashEscape() {
    String sql = "'a\\' -- '";
    SqlScanner scanner = new SqlScanner(sql);
    scanner.standardConformingStrings(false);
    assertThat(scanner.next().text()).isEqualTo(sql);
    assertThat(scanner.hasNext()).isFalse();

    // With the default (on), the backslash is literal and the first quote pair closes the string.
    assertThat(SqlScanner.significantTokens(sql))
        .extracting(SqlToken::text)
        .containsExactly("'a\\'");
    assertThat(SqlScanner.tokenize(sql))
        .extracting(SqlToken::kind)
        .containsExactly(Kind.STRING, Kind.WHITESPACE, Kind.LINE_COMMENT);
  }

  @Test
  void customDelimiterIsATokenAndSemicolonIsNot() {
    List<SqlToken> tokens = SqlScanner.tokenize("a;b//c// GOTO", "//");
    assertThat(tokens)
        .extracting(SqlToken::kind)
        .containsExactly(
            Kind.WORD,
            Kind.SEMICOLON,
            Kind.WORD,
            Kind.DELIMITER,
            Kind.WORD,
            Kind.DELIMITER,
            Kind.WHITESPACE,
            Kind.WORD);
    assertThat(SqlScanner.tokenize("GOTO\nGO", "GO"))
        .extracting(SqlToken::kind)
        .containsExactly(Kind.WORD, Kind.WHITESPACE, Kind.DELIMITER);
  }

  @Test
  void delimiterStartingWithNewlineCutsWhitespace() {
    List<SqlToken> tokens = SqlScanner.tokenize("a  \n---\nb", "\n---\n");
    assertThat(tokens).extracting(SqlToken::text).containsExactly("a", "  ", "\n---\n", "b");
  }

  @Test
  void wordHelpers() {
    SqlToken t = SqlScanner.significantTokens("create").get(0);
    assertThat(t.upper()).isEqualTo("CREATE");
    assertThat(t.isWord("TABLE", "CREATE")).isTrue();
    assertThat(t.isWord("TABLE")).isFalse();
    assertThat(t.identifier()).isEqualTo("create");
    assertThat(SqlScanner.significantTokens("\"My\"\"Tab\"").get(0).identifier())
        .isEqualTo("My\"Tab");
    assertThat(SqlScanner.significantTokens("U&\"d\\0061t\\+000061\"").get(0).identifier())
        .isEqualTo("data");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          SELECT 1;\\n\\nSELECT 'abc       | 3 | unterminated string literal
          SELECT E'it\\'s              | 1 | a backslash escapes the next character
          SELECT\\n"ab                  | 2 | unterminated quoted identifier
          SELECT 1;\\n$body$ x $body    | 2 | $body$ opened here is never closed
          /* a /* b */ still open      | 1 | unterminated block comment
          x\\n\\nU&'abc                 | 3 | unterminated Unicode string
          """)
  void unterminatedConstructsReportTheirStartLine(String sql, int line, String message) {
    String text = sql.strip().replace("\\n", "\n");
    assertThatThrownBy(() -> SqlScanner.tokenize(text))
        .isInstanceOf(SqlSyntaxException.class)
        .hasMessageStartingWith("line " + line + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((SqlSyntaxException) e).line()).isEqualTo(line));
  }
}
