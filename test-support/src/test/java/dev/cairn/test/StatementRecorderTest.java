package dev.cairn.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.guard.JdbcCall;
import dev.cairn.runtime.guard.StatementKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
@RecordStatements
class StatementRecorderTest {

  @Test
  void recordsTextCallClassificationOriginAndThread(DataSource db, StatementRecorder recorder)
      throws SQLException {
    DataSource recorded = recorder.wrap(db);
    try (Connection c = recorded.getConnection();
        Statement st = c.createStatement()) {
      st.execute("create table orders (id int)");
      st.executeUpdate("insert into orders values (1)");
      try (PreparedStatement ps = c.prepareStatement("select * from orders where id = ?")) {
        for (int i = 0; i < 3; i++) {
          ps.setInt(1, i);
          ps.executeQuery().close();
        }
      }
      assertThat(c.nativeSQL("select {fn now()}")).isNotEmpty();
    }
    assertThat(recorder.statements())
        .extracting(RecordedStatement::sql, RecordedStatement::call)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("create table orders (id int)", JdbcCall.EXECUTE),
            org.assertj.core.groups.Tuple.tuple(
                "insert into orders values (1)", JdbcCall.EXECUTE_UPDATE),
            org.assertj.core.groups.Tuple.tuple(
                "select * from orders where id = ?", JdbcCall.PREPARE_STATEMENT));
    RecordedStatement create = recorder.statements().get(0);
    assertThat(create.classification().kind()).isEqualTo(StatementKind.DDL);
    assertThat(create.classification().command()).isEqualTo("CREATE TABLE");
    assertThat(create.origin().getClassName()).isEqualTo(StatementRecorderTest.class.getName());
    assertThat(create.origin().getMethodName())
        .isEqualTo("recordsTextCallClassificationOriginAndThread");
    assertThat(create.thread()).isEqualTo(Thread.currentThread().getName());
    assertThat(recorder.ddlStatements()).containsExactly(create);
    assertThat(recorder.statementsMatching("(?i)^insert")).hasSize(1);
    assertThat(recorded.unwrap(StatementRecorder.class)).isSameAs(recorder);
    recorder.clear();
    assertThat(recorder.statements()).isEmpty();
  }

  @Test
  void originIsTheApplicationFrameAndThreadIsTheIssuingOne(
      DataSource db, StatementRecorder recorder) throws Exception {
    DataSource recorded = recorder.wrap(db);
    Thread worker =
        new Thread(() -> new OrderRepository(recorded).createTable(), "repository-worker");
    worker.start();
    worker.join();
    RecordedStatement s = recorder.statements().get(0);
    assertThat(s.thread()).isEqualTo("repository-worker");
    assertThat(s.origin().getClassName()).isEqualTo(OrderRepository.class.getName());
    assertThat(s.origin().getMethodName()).isEqualTo("createTable");
    assertThat(s.describe())
        .startsWith("CREATE TABLE: create table audit (id int)\n     issued at ")
        .contains("StatementRecorderTest$OrderRepository.createTable(StatementRecorderTest.java:")
        .endsWith(" on thread repository-worker");
    // Skipping the repository's package makes the caller the origin.
    StatementRecorder skipping =
        StatementRecorder.create().skipFramesFrom(OrderRepository.class.getName());
    new OrderRepository(skipping.wrap(db)).dropTable();
    assertThat(skipping.statements().get(0).origin().getMethodName())
        .isEqualTo("originIsTheApplicationFrameAndThreadIsTheIssuingOne");
  }

  @Test
  void recordingDriverFeedsTheGlobalRecorder(ScratchDatabase db) throws SQLException {
    StatementRecorder.global().clear();
    String url = RecordingDriver.PREFIX + db.jdbcUrl().substring("jdbc:".length());
    AtomicReference<String> seen = new AtomicReference<>();
    try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
        Statement st = c.createStatement()) {
      st.execute("create table from_driver (id int)");
      seen.set(c.unwrap(org.postgresql.PGConnection.class).getClass().getName());
    }
    assertThat(seen.get()).startsWith("org.postgresql");
    assertThat(StatementRecorder.global().statements())
        .extracting(RecordedStatement::sql)
        .containsExactly("create table from_driver (id int)");
    assertThat(RecordingDriver.realUrl(url)).isEqualTo(db.jdbcUrl());
    StatementRecorder.global().clear();
  }

  /** Stands in for application code that issues SQL. */
  static final class OrderRepository {
    private final DataSource ds;

    OrderRepository(DataSource ds) {
      this.ds = ds;
    }

    void createTable() {
      try (Connection c = ds.getConnection();
          Statement st = c.createStatement()) {
        st.execute("create table audit (id int)");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void dropTable() {
      try (Connection c = ds.getConnection();
          Statement st = c.createStatement()) {
        st.execute("drop table audit");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
