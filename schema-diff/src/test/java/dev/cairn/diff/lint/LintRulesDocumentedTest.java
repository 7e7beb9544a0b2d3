package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule has its section and table row in docs/lint-codes.md, matching the catalog. */
class LintRulesDocumentedTest {
  private static final Path DOC = Path.of("..", "docs", "lint-codes.md");

  @ParameterizedTest
  @EnumSource(LintRule.class)
  void ruleIsDocumented(LintRule rule) throws Exception {
    String doc = Files.readString(DOC);

    assertThat(doc).contains("\n### " + rule.code() + "\n**" + rule.title() + "** — ");
    Matcher row =
        Pattern.compile(
                "\\| \\["
                    + rule.code()
                    + "\\]\\(#"
                    + rule.code().toLowerCase()
                    + "\\) \\| "
                    + Pattern.quote(rule.title())
                    + " \\| ([^|]+) \\| ([^|]+) \\|")
            .matcher(doc);
    assertThat(row.find()).as("table row of %s", rule.code()).isTrue();
    assertThat(row.group(1)).startsWith(rule.defaultSeverity().label());
    assertThat(row.group(1).contains("opt-in")).isEqualTo(rule.optIn());
    assertThat(row.group(2).trim().replace('-', '_').toUpperCase()).isEqualTo(rule.group().name());
  }
}
