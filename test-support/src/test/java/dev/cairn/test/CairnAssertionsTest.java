package dev.cairn.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class CairnAssertionsTest {

  @Test
  void executedNoDdlListsEachDdlStatementWithItsFrame(DataSource db) throws SQLException {
    StatementRecorder recorder = StatementRecorder.create();
    DataSource recorded = recorder.wrap(db);
    run(recorded, "select 1");
    issueDdl(recorded);
    run(recorded, "do $$ begin perform 1; end $$");

    assertThatThrownBy(() -> CairnAssertions.assertThat(recorder).executedNoDdl())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting no DDL, but 2 statements change (or may change) the schema:\n"
                + "  1. CREATE TABLE: create table audit_log ( id bigint primary key )\n"
                + "     issued at dev.cairn.test.CairnAssertionsTest.issueDdl(CairnAssertionsTest.java:")
        .hasMessageContaining(
            ") on thread " + Thread.currentThread().getName() + "\n  2. DO: do $$ begin perform 1;")
        .hasMessageContaining(
            "issued at dev.cairn.test.CairnAssertionsTest.run(CairnAssertionsTest.java:")
        .hasMessageContaining("cairn migrate diff <name>")
        .hasMessageNotContaining("select 1");
    CairnAssertions.assertThat(recorder)
        .executedDdl()
        .executedStatementsMatching("(?i)^create table audit_log")
        .executedNoStatementsMatching("(?i)drop")
        .executedStatementCount(3);
  }

  @Test
  void passingAndFailingCounterparts(DataSource db) throws SQLException {
    StatementRecorder recorder = StatementRecorder.create();
    run(recorder.wrap(db), "select 42");
    CairnAssertions.assertThat(recorder).executedNoDdl().executedStatementCount(1);
    assertThatThrownBy(() -> CairnAssertions.assertThat(recorder).executedDdl())
        .hasMessage(
            "Expecting DDL among the 1 recorded statements, but there was none:\n"
                + "  1. SELECT: select 42\n"
                + "     issued at "
                + recorder.statements().get(0).origin()
                + " on thread "
                + Thread.currentThread().getName());
    assertThatThrownBy(
            () -> CairnAssertions.assertThat(recorder).executedStatementsMatching("insert"))
        .hasMessageStartingWith(
            "Expecting a recorded statement matching /insert/, but none of the 1 did:\n"
                + "  1. SELECT: select 42");
    assertThatThrownBy(
            () -> CairnAssertions.assertThat(recorder).executedNoStatementsMatching("42"))
        .hasMessageStartingWith(
            "Expecting no recorded statement matching /42/, but 1 did:\n  1. SELECT: select 42");
    assertThatThrownBy(() -> CairnAssertions.assertThat(recorder).executedStatementCount(2))
        .hasMessageStartingWith("Expecting 2 recorded statements, but there were 1:");
    assertThat(recorder.statements()).hasSize(1);
  }

  private static void issueDdl(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("create table audit_log (\n  id bigint primary key\n)");
    }
  }

  private static void run(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
