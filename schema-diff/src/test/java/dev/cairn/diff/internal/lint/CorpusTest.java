package dev.cairn.diff.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the shared corpus, on real PostgreSQL: the linter reports exactly the expected
 * codes, every dangerous change is caught and no safe change is flagged.
 */
@WithPostgres
class CorpusTest {

  static List<CorpusCase> cases() throws Exception {
    return CorpusCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedCodes(CorpusCase c, ScratchDatabase db) throws Exception {
    EngineHarness.Outcome outcome = EngineHarness.lint(db, c.existing(), c.change(), c.config());

    assertThat(outcome.codes())
        .as("%s (%s): %s%n%s", c.name(), c.verdict(), c.why(), describe(outcome.active()))
        .isEqualTo(c.expected());
    if (c.verdict().equals("safe")) {
      assertThat(outcome.active()).isEmpty();
    } else {
      assertThat(outcome.active()).isNotEmpty();
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
