package dev.cairn.runtime.guard;

import static dev.cairn.runtime.guard.GuardTesting.count;
import static dev.cairn.runtime.guard.GuardTesting.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The whole corpus through a guarded data source on real PostgreSQL: every DDL spelling is refused
 * before it reaches the database (the catalog does not change), no ordinary statement is refused
 * (it may still fail in PostgreSQL for its own reasons — that proves it got there).
 */
@WithPostgres
class GuardCorpusOnPostgresTest {
  private static final String CATALOG_SIZE =
      "select (select count(*) from pg_class) + (select count(*) from pg_namespace)"
          + " + (select count(*) from pg_proc) + (select count(*) from pg_type)"
          + " + (select count(*) from pg_roles) + (select count(*) from pg_description)"
          + " + (select count(*) from pg_policy) + (select count(*) from pg_trigger)"
          + " + (select count(*) from pg_extension)";

  @Test
  void noDdlSpellingReachesTheDatabase(DataSource raw) throws SQLException {
    setUp(raw);
    long before = count(raw, CATALOG_SIZE);
    DataSource guarded = DdlGuard.wrap(raw);
    List<String> letThrough = new ArrayList<>();
    for (String sql : Corpus.ddl()) {
      SQLException failure = run(guarded, sql);
      if (!(failure instanceof DdlNotAllowedException)) {
        letThrough.add(sql + " -> " + failure);
      }
    }
    assertThat(letThrough).isEmpty();
    assertThat(count(raw, CATALOG_SIZE)).as("catalog size").isEqualTo(before);
    assertThat(count(raw, "select count(*) from t")).as("rows of t").isEqualTo(2);
  }

  @Test
  void noOrdinaryStatementIsRefused(DataSource raw) throws SQLException {
    setUp(raw);
    DataSource guarded = DdlGuard.wrap(raw);
    List<String> refused = new ArrayList<>();
    int reached = 0;
    for (String sql : Corpus.ordinary()) {
      SQLException failure = run(guarded, sql);
      if (failure instanceof DdlNotAllowedException) {
        refused.add(sql + " -> " + failure.getMessage());
      } else if (failure == null) {
        reached++;
      }
    }
    assertThat(refused).isEmpty();
    // Most of the corpus runs cleanly on the prepared schema; the rest fails in PostgreSQL itself
    // (a missing role, no open transaction…), which proves it got there.
    assertThat(reached).isGreaterThan(Corpus.ordinary().size() * 2 / 3);
  }

  private static SQLException run(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  private static void setUp(DataSource raw) throws SQLException {
    execute(
        raw,
        "create table t (id int primary key, name text, note text, created_at timestamptz"
            + " default now(), \"drop\" int, \"create\" int, \"alter\" int);"
            + " create table \"truncate\" (\"drop\" int, \"create\" int);"
            + " create table archive (id int, name text);"
            + " create table s (id int, name text);"
            + " create table t_copy (like t);"
            + " create index idx_t_id on t (id);"
            + " create sequence s_seq;"
            + " create materialized view mv as select 1 as one;"
            + " create unique index on mv (one);"
            + " create procedure do_work(a int, b text) language sql as 'select';"
            + " create function next_id() returns int language sql as 'select 1';"
            + " insert into t (id, name) values (1, 'a'), (2, 'b')");
  }
}
