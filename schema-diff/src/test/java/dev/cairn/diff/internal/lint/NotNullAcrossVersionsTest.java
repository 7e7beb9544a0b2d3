package dev.cairn.diff.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.PostgresVersion;
import dev.cairn.embedded.ScratchDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NOT NULL cases of the corpus on the oldest and newest supported servers (the corpus itself
 * runs on 17): the proof by a validated check, and what PostgreSQL 18 adds (NOT NULL constraints in
 * pg_constraint, named like the helper checks of the online recipe), must not change a verdict.
 */
class NotNullAcrossVersionsTest {
  static List<Arguments> cases() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (CorpusCase c : CorpusCase.all()) {
      if (c.name().contains("not-null") || c.name().startsWith("mf104")) {
        for (PostgresVersion v : List.of(PostgresVersion.V15, PostgresVersion.V18)) {
          out.add(Arguments.of(v.major(), c));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "PostgreSQL {0}: {1}")
  @MethodSource("cases")
  void sameCodesOnEverySupportedVersion(int major, CorpusCase c) throws Exception {
    PostgresVersion version = major == 15 ? PostgresVersion.V15 : PostgresVersion.V18;
    try (ScratchDatabase db = PostgresServer.shared(version).createDatabase("lint_nn")) {
      EngineHarness.Outcome outcome = EngineHarness.lint(db, c.existing(), c.change(), c.config());

      assertThat(outcome.codes())
          .as("%s on %d: %s", c.name(), major, c.why())
          .isEqualTo(c.expected());
    }
  }
}
