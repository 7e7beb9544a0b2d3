package dev.cairn.runtime.guard;

import static dev.cairn.runtime.guard.GuardTesting.execute;
import static dev.cairn.runtime.guard.GuardTesting.exists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.junit.WithPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Modes, allow-list, DO blocks, temporary tables and the cache, against real PostgreSQL. */
@WithPostgres
class DdlGuardOptionsTest {

  @Test
  void failModeIsTheDefaultAndTheMessageSaysHowToMoveTheChange(DataSource raw) {
    DataSource guarded = DdlGuard.wrap(raw);
    assertThatThrownBy(() -> run(guarded, "CREATE TABLE audit_log (id bigint primary key)"))
        .isInstanceOf(DdlNotAllowedException.class)
        .hasMessageContaining("DDL is not allowed through this DataSource")
        .hasMessageContaining("CREATE TABLE changes the schema")
        .hasMessageContaining("statement: CREATE TABLE audit_log (id bigint primary key)")
        .hasMessageContaining("cairn migrate diff")
        .hasMessageContaining("new migration file")
        .hasMessageContaining("GuardOptions.builder().allow(");
  }

  @Test
  void longStatementsAreAbbreviatedOnOneLine(DataSource raw) {
    String columns = "c".repeat(300);
    String sql = "create table wide (\n  " + columns + " int\n)";
    DdlNotAllowedException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DdlNotAllowedException.class, () -> run(DdlGuard.wrap(raw), sql));
    assertThat(e.abbreviatedStatement())
        .hasSize(200)
        .startsWith("create table wide ( ccc")
        .endsWith("…")
        .doesNotContain("\n");
    assertThat(e.statement().text()).isEqualTo(sql);
    assertThat(e.statement().command()).isEqualTo("CREATE TABLE");
  }

  @Test
  void warnModeLetsTheStatementRunAndLogsOncePerDistinctText(DataSource raw) throws Exception {
    DataSource guarded = DdlGuard.wrap(raw, GuardOptions.builder().mode(GuardMode.WARN).build());
    String log =
        captureStderr(
            () -> {
              run(guarded, "create table warned (id int)");
              run(guarded, "drop table warned");
              run(guarded, "create table warned (id int)");
              run(guarded, "drop table warned");
              run(guarded, "create table warned (id int)");
            });
    assertThat(exists(raw, "warned")).isTrue();
    assertThat(occurrences(log, "statement: create table warned (id int)")).isEqualTo(1);
    assertThat(occurrences(log, "statement: drop table warned")).isEqualTo(1);
    assertThat(log).contains("WARN").contains("DDL guard in WARN mode let this statement through");
  }

  @Test
  void offModeLetsEverythingThrough(DataSource raw) throws SQLException {
    DataSource guarded = DdlGuard.wrap(raw, GuardOptions.builder().mode(GuardMode.OFF).build());
    run(guarded, "create table unguarded (id int)");
    assertThat(exists(raw, "unguarded")).isTrue();
    assertThat(guarded.unwrap(DdlGuard.class).cachedTexts()).isZero();
  }

  @Test
  void allowListLetsMatchingStatementsThroughAfterNormalisation(DataSource raw)
      throws SQLException {
    DataSource guarded =
        DdlGuard.wrap(
            raw,
            GuardOptions.builder()
                .allow("(?i)create table if not exists shedlock \\(.*\\)")
                .build());
    run(
        guarded,
        "-- library bootstrap\nCREATE TABLE IF NOT EXISTS shedlock (\n"
            + "  name varchar(64) /* key */ primary key,\n  lock_until timestamp\n);");
    assertThat(exists(raw, "shedlock")).isTrue();
    assertThatThrownBy(() -> run(guarded, "create table if not exists other (id int)"))
        .isInstanceOf(DdlNotAllowedException.class);
    // Each DDL statement of a text must be allowed on its own.
    assertThatThrownBy(
            () ->
                run(
                    guarded,
                    "create table if not exists shedlock (name text); drop table shedlock"))
        .isInstanceOf(DdlNotAllowedException.class)
        .hasMessageContaining("drop table shedlock");
    assertThat(exists(raw, "shedlock")).isTrue();
  }

  @Test
  void doBlocksAreRefusedByDefaultAndAllowedOnRequest(DataSource raw) throws SQLException {
    String block = "DO $$ BEGIN EXECUTE 'create table from_do (id int)'; END $$";
    assertThatThrownBy(() -> run(DdlGuard.wrap(raw), block))
        .isInstanceOf(DdlNotAllowedException.class)
        .hasMessageContaining("A DO block is not allowed")
        .hasMessageContaining("allowDoBlocks(true)");
    assertThat(exists(raw, "from_do")).isFalse();
    run(DdlGuard.wrap(raw, GuardOptions.builder().allowDoBlocks(true).build()), block);
    assertThat(exists(raw, "from_do")).isTrue();
  }

  @Test
  void temporaryTablesCreatedByTheConnectionMayBeUsedAndDropped(DataSource raw)
      throws SQLException {
    execute(raw, "create table keep (id int)");
    try (Connection c = DdlGuard.wrap(raw).getConnection();
        Statement st = c.createStatement()) {
      st.execute("create temp table scratch (id int)");
      st.execute("insert into scratch select 1");
      st.execute("create index on scratch (id)");
      st.execute("alter table scratch add column note text");
      st.execute("truncate scratch");
      st.execute("select * into temp copied from keep");
      st.execute("drop table scratch, copied");
      // Gone now: a DROP of the same name could only hit a permanent table.
      assertThatThrownBy(() -> st.execute("drop table scratch"))
          .isInstanceOf(DdlNotAllowedException.class);
      assertThatThrownBy(() -> st.execute("drop table keep"))
          .isInstanceOf(DdlNotAllowedException.class);
      st.execute("create temp table again (id int); drop table again");
      st.execute("create temp table discarded (id int)");
      st.execute("discard all");
      assertThatThrownBy(() -> st.execute("drop table discarded"))
          .isInstanceOf(DdlNotAllowedException.class);
    }
    // Another connection did not create them.
    try (Connection c = DdlGuard.wrap(raw).getConnection();
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.execute("truncate scratch"))
          .isInstanceOf(DdlNotAllowedException.class);
    }
    assertThat(exists(raw, "keep")).isTrue();
  }

  @Test
  void temporaryObjectsCanBeRefusedToo(DataSource raw) {
    DataSource strict =
        DdlGuard.wrap(raw, GuardOptions.builder().allowTemporaryObjects(false).build());
    assertThatThrownBy(() -> run(strict, "create temp table scratch (id int)"))
        .isInstanceOf(DdlNotAllowedException.class)
        .hasMessageContaining("temporary");
  }

  @Test
  void classificationIsCachedPerTextAndTheCacheIsBounded(DataSource raw) throws SQLException {
    DdlGuard guard = DdlGuard.create(GuardOptions.builder().cacheSize(3).build());
    DataSource guarded = guard.protect(raw);
    try (Connection c = guarded.getConnection();
        Statement st = c.createStatement()) {
      st.execute("select 1");
      st.execute("select 1");
      st.execute("select 1");
      assertThat(guard.cachedTexts()).isEqualTo(1);
      st.execute("select 2");
      st.execute("select 3");
      assertThat(guard.cachedTexts()).isEqualTo(3);
      st.execute("select 4");
      assertThat(guard.cachedTexts()).isBetween(1, 3);
      for (int i = 0; i < 50; i++) {
        st.execute("select " + i);
        assertThat(guard.cachedTexts()).isLessThanOrEqualTo(3);
      }
      // A cached refusal is still a refusal, every time.
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> st.execute("drop table nothing"))
            .isInstanceOf(DdlNotAllowedException.class);
      }
    }
    DdlGuard uncached = DdlGuard.create(GuardOptions.builder().cacheSize(0).build());
    run(uncached.protect(raw), "select 1");
    assertThat(uncached.cachedTexts()).isZero();
  }

  @Test
  void checkWorksWithoutAConnection() {
    DdlGuard guard = DdlGuard.create(GuardOptions.defaults());
    assertThatThrownBy(() -> guard.check("alter table t add column c int"))
        .isInstanceOf(DdlNotAllowedException.class)
        .hasMessageContaining("ALTER TABLE");
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> guard.check("select 1"));
    assertThat(guard.cachedTexts()).isEqualTo(2);
  }

  private static void run(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @FunctionalInterface
  interface SqlAction {
    void run() throws Exception;
  }

  private static String captureStderr(SqlAction action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
