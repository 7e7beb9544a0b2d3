package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CairnExceptionTest {
  @Test
  void sqlSyntaxExceptionPrefixesLocation() {
    SqlSyntaxException e = new SqlSyntaxException("1_a.sql", 7, "unterminated string literal");
    assertThat(e.getMessage()).isEqualTo("1_a.sql:7: unterminated string literal");
    assertThat(e.code()).isEqualTo(ErrorCode.SQL_SYNTAX);
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.source()).contains("1_a.sql");
  }

  @Test
  void sqlSyntaxExceptionWithoutSourceNamesTheLine() {
    SqlSyntaxException e = new SqlSyntaxException(null, 3, "unterminated block comment");
    assertThat(e.getMessage()).isEqualTo("line 3: unterminated block comment");
    assertThat(e.source()).isEmpty();

    SqlSyntaxException attributed = e.withSource("2_b.sql");
    assertThat(attributed.getMessage()).isEqualTo("2_b.sql:3: unterminated block comment");
    assertThat(attributed.line()).isEqualTo(3);
  }

  @Test
  void directiveExceptionNamesFileAndLine() {
    DirectiveException e = new DirectiveException("3_c.sql", 2, "unknown directive");
    assertThat(e.getMessage()).isEqualTo("3_c.sql:2: unknown directive");
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DIRECTIVE);
  }
}
