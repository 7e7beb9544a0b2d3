package dev.cairn.diff.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.diff.lint.LintGroup;
import dev.cairn.diff.lint.LintRule;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the shared corpus, on real PostgreSQL: the linter reports exactly the expected
 * codes, every dangerous change is caught and no safe change is flagged. The cases share one
 * database, emptied between cases (much cheaper than creating one per case).
 */
class CorpusTest {
  private static ScratchDatabase db;

  @BeforeAll
  static void database() {
    db = PostgresServer.shared().createDatabase("lint_corpus");
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  static List<CorpusCase> cases() throws Exception {
    return CorpusCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedCodes(CorpusCase c) throws Exception {
    empty(db);

    EngineHarness.Outcome outcome = EngineHarness.lint(db, c.existing(), c.change(), c.config());

    assertThat(outcome.codes())
        .as("%s (%s): %s%n%s", c.name(), c.verdict(), c.why(), describe(outcome.active()))
        .isEqualTo(c.expected());
    if (c.verdict().equals("safe")) {
      assertThat(outcome.active()).isEmpty();
    } else {
      assertThat(outcome.active()).isNotEmpty();
    }
    assertThat(outcome.active())
        .as("%s: every diagnostic says where, what, and (for locks) what it blocks", c.name())
        .allSatisfy(
            d -> {
              assertThat(d.line()).isPositive();
              assertThat(d.message()).isNotBlank();
              if (d.rule().group() != LintGroup.HISTORY) {
                assertThat(d.statement()).isNotBlank();
              }
              // A failing statement has no safe alternative; every other finding spells one out.
              if (d.rule() != LintRule.EX101) {
                assertThat(d.fix()).as("%s fix", d.code()).isNotBlank();
              }
              if (d.rule().group() == LintGroup.LOCKS) {
                // PG103's statement never runs: the deploy fails first, no lock to describe.
                if (d.rule() != LintRule.PG103) {
                  assertThat(d.lock()).isNotBlank();
                  assertThat(d.blocks()).isNotBlank();
                }
                assertThat(d.fix()).isNotBlank();
              }
            });
    assertThat(c.negative())
        .as("%s: rules named as negative must run and stay silent", c.name())
        .allSatisfy(
            code -> {
              LintRule rule = LintRule.byCode(code).orElseThrow();
              assertThat(c.config().isEnabled(rule)).as("%s enabled", code).isTrue();
              assertThat(outcome.codes()).doesNotContain(code);
            });
  }

  /**
   * Every rule the corpus can exercise has a case where it fires (positive) and a case where a
   * change that looks like its target leaves it silent (negative). The history rules judge a
   * directory against git, not one change: {@code LinterTest} covers both sides of those.
   */
  @Test
  void everyRuleHasAPositiveAndANegativeCase() throws Exception {
    Set<LintRule> directoryLevel = EnumSet.of(LintRule.CH101, LintRule.CH102);
    List<CorpusCase> all = CorpusCase.all();
    Set<String> verdicts = new TreeSet<>();
    all.forEach(c -> verdicts.add(c.verdict()));
    assertThat(verdicts).isSubsetOf("dangerous", "safe", "convention");
    for (LintRule rule : LintRule.values()) {
      if (directoryLevel.contains(rule)) {
        continue;
      }
      assertThat(all)
          .as("a case expecting %s", rule)
          .anyMatch(c -> c.expected().contains(rule.code()));
      assertThat(all)
          .as("a negative case for %s", rule)
          .anyMatch(c -> c.negative().contains(rule.code()));
    }
  }

  /** Drops every user schema and re-creates an empty {@code public}. */
  static void empty(ScratchDatabase db) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          "DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace"
              + " WHERE nspname NOT IN ('pg_catalog', 'information_schema')"
              + " AND nspname NOT LIKE 'pg\\_%' LOOP"
              + " EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
      st.execute("CREATE SCHEMA public");
    }
  }

  private static String describe(List<Diagnostic> ds) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      b.append(d.code())
          .append(" line ")
          .append(d.line())
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    return b.toString();
  }
}
