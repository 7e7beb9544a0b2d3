package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintConfigTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // rule, enabled by default
    "PG101, true",
    "DS103, true",
    "PG402, false",
    "NM101, false",
    "CH102, false",
  })
  void optInRulesAreOffByDefault(String code, boolean enabled) {
    assertThat(LintConfig.defaults().isEnabled(LintRule.byCode(code).orElseThrow()))
        .isEqualTo(enabled);
  }

  @Test
  void theMostSpecificSelectorWins() {
    LintConfig c =
        LintConfig.defaults()
            .disable("DS")
            .enable("DS103")
            .enable("NM")
            .disable("NM102")
            .withSeverity("PG", Severity.WARNING)
            .withSeverity("PG101", Severity.INFO);

    assertThat(c.isEnabled(LintRule.DS102)).isFalse();
    assertThat(c.isEnabled(LintRule.DS103)).isTrue();
    assertThat(c.isEnabled(LintRule.NM101)).isTrue();
    assertThat(c.isEnabled(LintRule.NM102)).isFalse();
    assertThat(c.severityOf(LintRule.PG101)).isEqualTo(Severity.INFO);
    assertThat(c.severityOf(LintRule.PG201)).isEqualTo(Severity.WARNING);
    assertThat(c.severityOf(LintRule.DS103)).isEqualTo(Severity.ERROR);
  }

  @Test
  void loadsThePropertiesFile() throws Exception {
    Path f = tmp.resolve(LintConfig.FILE_NAME);
    Files.writeString(
        f,
        "# team settings\n"
            + "disable = BC103, BC104\n"
            + "enable = PG402 NM103\n"
            + "severity.MF = error\n"
            + "naming.index.pattern = ^(idx|ux)_[a-z0-9_]+$\n"
            + "down.directory = rollback\n");

    LintConfig c = LintConfig.load(f);

    assertThat(c.isEnabled(LintRule.BC103)).isFalse();
    assertThat(c.isEnabled(LintRule.BC101)).isTrue();
    assertThat(c.isEnabled(LintRule.PG402)).isTrue();
    assertThat(c.severityOf(LintRule.MF101)).isEqualTo(Severity.ERROR);
    assertThat(c.namingPattern("index").matcher("idx_orders_status").matches()).isTrue();
    assertThat(c.namingPattern("index").matcher("orders_status_idx").matches()).isFalse();
    assertThat(c.namingPattern("table").matcher("orders").matches()).isTrue();
    assertThat(c.downDirectory()).isEqualTo("rollback");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "disable = XX999 | 'XX999' names no lint rule",
        "severity.PG101 = fatal | unknown severity 'fatal'",
        "naming.view.pattern = x | unknown naming kind 'view'",
        "naming.table.pattern = ([ | naming.table.pattern is not a valid regular expression",
        "colour = on | unknown key 'colour'",
      })
  void rejectsMistakesWithTheFileName(String line, String message) throws Exception {
    Path f = tmp.resolve("bad.properties");
    Files.writeString(f, line + "\n");

    assertThatThrownBy(() -> LintConfig.load(f))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("bad.properties")
        .hasMessageContaining(message)
        .satisfies(
            e -> assertThat(((CairnException) e).code()).isEqualTo(ErrorCode.LINT_CONFIG_INVALID));
  }
}
