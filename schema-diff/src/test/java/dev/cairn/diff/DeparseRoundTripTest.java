package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.model.Database;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the sample application (issue 10): every Spring Boot 4 / Hibernate 7 entity with an
 * {@code @Enumerated(STRING)} field gets {@code check (status in ('A','B'))} on a varchar column.
 * PostgreSQL prints it as {@code ((status)::text = ANY ((ARRAY['A'::character varying,
 * …])::text[]))}; executing that text again stores {@code ARRAY[('A'::character varying)::text,
 * …]}. The user's path — load the desired state, write the migration, replay it, diff again (what
 * {@code migrate diff} then {@code migrate diff --check} do) — must find nothing the second time.
 */
class DeparseRoundTripTest {
  private static final LoadOptions NO_CACHE =
      LoadOptions.defaults().withCache(StateCache.disabled());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id int PRIMARY KEY, status varchar(20) CHECK (status IN ('A', 'B')))",
        "CREATE TABLE t (id int PRIMARY KEY, status varchar(20));"
            + " CREATE INDEX t_open ON t (id) WHERE status IN ('A', 'B')",
        "CREATE TABLE t (id int PRIMARY KEY, kind varchar(5) DEFAULT 'x' CHECK (kind IN ('x','y')),"
            + " note varchar(9) CHECK (note NOT IN ('a','b')))"
      })
  void theMigrationWrittenForAStateReproducesIt(String desiredSql) {
    DevDatabase dev = DevDatabases.embedded();
    Database desired = SchemaSource.sql("desired", desiredSql).load(dev, NO_CACHE);
    Database empty = SchemaSource.sql("empty directory", "").load(dev, NO_CACHE);
    Plan plan =
        Planner.plan(
            SchemaDiffer.diff(empty, desired, DiffOptions.defaults()).changes(),
            empty,
            desired,
            PlanOptions.defaults());
    String migration =
        plan.statements().stream().map(s -> s.sql() + ";").collect(Collectors.joining("\n"));

    Database replayed = SchemaSource.sql("migration", migration).load(dev, NO_CACHE);

    DiffResult again = SchemaDiffer.diff(replayed, desired, DiffOptions.defaults());
    assertThat(again.changes()).as("second diff after\n%s", migration).isEmpty();
    // The check really was in the desired state (the test would pass vacuously otherwise).
    assertThat(migration).contains("ANY");
  }
}
