package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code atlas:nolint} as Atlas reads it (file directive in the top comment block followed by an
 * empty line; statement directive directly above the statement), directives parsed by the runtime,
 * and configuration that disables rules or changes severities.
 */
class SuppressionTest {
  @TempDir Path tmp;

  private static final String EXISTING = "CREATE TABLE t (id int PRIMARY KEY, a text, b text);\n";
  // Line 1 drops a (DS103 + BC103), line 2 indexes b (PG101).
  private static final String CHANGE =
      "ALTER TABLE t DROP COLUMN a;\nCREATE INDEX t_b_idx ON t (b);\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // header prepended to the change | config | remaining codes | suppressed codes
        "nothing | | BC103 DS103 PG101 | ",
        "file: all | -- atlas:nolint\\n\\n | | BC103 DS103 PG101",
        "file: one code | -- atlas:nolint DS103\\n\\n | BC103 PG101 | DS103",
        "file: a group | -- atlas:nolint BC PG101\\n\\n | DS103 | BC103 PG101",
        "file: atlas analyzer name | -- atlas:nolint destructive\\n\\n | BC103 PG101 | DS103",
        "statement: one code | -- atlas:nolint DS103\\n | BC103 PG101 | DS103",
        "statement: all | -- atlas:nolint\\n | PG101 | BC103 DS103",
        "statement: block comment | /* atlas:nolint DS103 BC103 */\\n | PG101 | BC103 DS103",
        "statement: only the next one | -- atlas:nolint PG101\\n | BC103 DS103 PG101 | ",
      })
  void nolintSilencesWhatItNames(String label, String header, String remaining, String silenced)
      throws Exception {
    LintReport r = lint(unescape(header) + CHANGE, LintConfig.defaults());

    assertThat(codes(r.diagnostics())).isEqualTo(split(remaining));
    assertThat(codes(r.suppressed())).isEqualTo(split(silenced));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "disable a rule | disable = BC103 | DS103 PG101 | true",
        "disable a group | disable = DS, BC | PG101 | true",
        "lower severities | severity.DS = warning\\nseverity.PG101 = info | BC103 DS103 PG101 | false",
      })
  void configurationDisablesRulesAndChangesSeverities(
      String label, String properties, String remaining, boolean fails) throws Exception {
    java.util.Properties p = new java.util.Properties();
    p.load(new java.io.StringReader(unescape(properties)));

    LintReport r = lint(CHANGE, LintConfig.fromProperties(p));

    assertThat(codes(r.diagnostics())).isEqualTo(split(remaining));
    assertThat(r.suppressed()).isEmpty();
    assertThat(r.hasErrors()).isEqualTo(fails);
  }

  private LintReport lint(String change, LintConfig config) throws Exception {
    Path dir =
        MigrationDirs.write(
            tmp.resolve("m"),
            "20240101000000_t.sql",
            EXISTING,
            "20240102000000_change.sql",
            change);
    return Linter.builder()
        .directory(dir)
        .select(FileSelection.latest(1))
        .config(config)
        .build()
        .lint();
  }

  private static String unescape(String s) {
    return s == null ? "" : s.replace("\\n", "\n");
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::code).sorted().toList();
  }
}
