package dev.cairn.runtime.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DdlClassifierCorpusTest {

  static List<String> ddl() {
    return Corpus.ddl();
  }

  static List<String> ordinary() {
    return Corpus.ordinary();
  }

  @Test
  void corpusIsLargeEnough() {
    assertThat(Corpus.ddl()).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
    assertThat(Corpus.ordinary()).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("ddl")
  void everyDdlSpellingIsDdl(String sql) {
    SqlClassification c = DdlClassifier.classify(sql);
    assertThat(c.kind()).as("%s -> %s", sql, c).isEqualTo(StatementKind.DDL);
    assertThat(c.isDdl()).isTrue();
    assertThat(c.ddlStatements()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ordinary")
  void noOrdinaryStatementMayChangeTheSchema(String sql) {
    SqlClassification c = DdlClassifier.classify(sql);
    assertThat(c.mayChangeSchema()).as("%s -> %s", sql, c).isFalse();
    assertThat(c.ddlStatements()).isEmpty();
  }
}
