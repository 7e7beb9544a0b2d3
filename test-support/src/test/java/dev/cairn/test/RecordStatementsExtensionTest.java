package dev.cairn.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small example test classes through JUnit itself and looks at their outcome. */
class RecordStatementsExtensionTest {

  @Test
  void failOnDdlFailsExactlyTheTestThatRanDdl() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(FailOnDdlExample.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    tests
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("createsATable"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.startsWith(
                                "Expecting no DDL, but 1 statement changes (or may change)"
                                    + " the schema:\n  1. CREATE TABLE: create table"
                                    + " sneaky (id int)\n     issued at "
                                    + FailOnDdlExample.class.getName()
                                    + ".createsATable(")))));
  }

  @Test
  void eachTestGetsAFreshRecorderAndGlobalGivesTheSharedOne() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(FreshRecorderExample.class), selectClass(GlobalExample.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @WithPostgres
  @RecordStatements(failOnDdl = true)
  static class FailOnDdlExample {
    @Test
    void createsATable(DataSource db, StatementRecorder recorder) throws SQLException {
      try (Connection c = recorder.wrap(db).getConnection();
          Statement st = c.createStatement()) {
        st.execute("create table sneaky (id int)");
      }
    }

    @Test
    void onlyReads(DataSource db, StatementRecorder recorder) throws SQLException {
      run(recorder.wrap(db), "select 1");
      assertThat(recorder.statements()).hasSize(1);
    }
  }

  @RecordStatements
  static class FreshRecorderExample {
    static StatementRecorder first;

    @Test
    void one(StatementRecorder recorder) {
      recorder.intercept("select 1", dev.cairn.runtime.guard.JdbcCall.EXECUTE);
      assertThat(recorder.statements()).hasSize(1);
      assertThat(recorder).isNotSameAs(StatementRecorder.global());
    }

    @Test
    void two(StatementRecorder recorder, StatementRecorder same) {
      assertThat(recorder.statements()).isEmpty();
      assertThat(same).isSameAs(recorder);
    }
  }

  @RecordStatements(global = true)
  static class GlobalExample {
    @Test
    void globalRecorder(StatementRecorder recorder) {
      assertThat(recorder).isSameAs(StatementRecorder.global());
    }
  }

  private static void run(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
