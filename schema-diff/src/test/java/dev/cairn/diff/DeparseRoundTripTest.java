package dev.cairn.diff;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the sample application (issue 10): every Spring Boot 4 / Hibernate 7 entity with an
 * {@code @Enumerated(STRING)} field gets {@code check (status in ('A','B'))} on a varchar column.
 * PostgreSQL prints it as {@code ((status)::text = ANY ((ARRAY['A'::character varying,
 * …])::text[]))}; executing that text again stores {@code ARRAY[('A'::character varying)::text,
 * …]}. The migration written from the first form therefore never matches the desired state: {@code
 * migrate diff --check} right after {@code migrate diff} reports a drop and re-add of every such
 * constraint and a rebuild of every such partial index.
 */
@WithPostgres
class DeparseRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id int PRIMARY KEY, status varchar(20) CHECK (status IN ('A', 'B')))",
        "CREATE TABLE t (id int PRIMARY KEY, status varchar(20));"
            + " CREATE INDEX t_open ON t (id) WHERE status IN ('A', 'B')"
      })
  void aVarcharInListSurvivesOneRoundTrip(String desired, PostgresServer server)
      throws SQLException {
    try (RoundTrip rt = new RoundTrip(server)) {
      // Asserts that after applying the plan a second diff finds nothing.
      rt.run("", desired, RenameHints.none(), PlanOptions.defaults());
    }
  }
}
