package dev.cairn.runtime.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Revision;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WithPostgres
class RevisionTableTest {

  /** Text as it appears in real errors and statements: quotes, backslashes, newlines, unicode. */
  static final String NASTY =
      "ERROR: syntax error at or near \"'\" \\n E'\\\\x' -- ü ✓ $$ $tag$\nDetail: a\tb\r\n\"q\"";

  @ParameterizedTest(name = "standard_conforming_strings = {0}")
  @ValueSource(strings = {"on", "off"})
  void revisionsRoundTripThroughTheUpsertLiteralsWhateverTheStringSettings(
      String standard, ScratchDatabase db) throws Exception {
    RevisionTable t = new RevisionTable("my \"revs\"", "atlas_schema_revisions");
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      assertThat(t.readAll(c)).isEmpty();
      t.create(c);
      s.execute("SET standard_conforming_strings = " + standard);
      Revision r =
          new Revision(
              "20240101000000",
              "it's_\\odd",
              Revision.TYPE_EXECUTE,
              1,
              3,
              Instant.parse("2024-01-02T03:04:05.123456Z"),
              Duration.ofNanos(1_234_567_891L),
              NASTY,
              "SELECT '\\'; -- \"",
              "abc+/=",
              List.of("h1:a\"b", "h1:c\\d"),
              "Cairn v0.1.0");
      s.execute(t.upsertSql(r));
      assertThat(t.readAll(c)).hasValueSatisfying(l -> assertThat(l).containsExactly(r));

      Revision again =
          new Revision(
              r.version(),
              "changed",
              Revision.TYPE_EXECUTE,
              3,
              3,
              Instant.parse("2030-01-01T00:00:00Z"),
              Duration.ofMillis(5),
              null,
              null,
              "new",
              List.of("h1:1", "h1:2", "h1:3"),
              "Cairn v0.1.0");
      s.execute(t.upsertSql(again));
      Revision read = t.readAll(c).orElseThrow().get(0);
      // Like Atlas: description and executed_at keep their first values.
      assertThat(read.description()).isEqualTo(r.description());
      assertThat(read.executedAt()).isEqualTo(r.executedAt());
      assertThat(read.applied()).isEqualTo(3);
      assertThat(read.error()).isNull();
      assertThat(read.partialHashes()).containsExactly("h1:1", "h1:2", "h1:3");
    }
  }
}
