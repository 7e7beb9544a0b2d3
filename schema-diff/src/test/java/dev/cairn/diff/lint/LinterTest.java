package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry point: file selection, pending-set semantics, history rules, failures. */
class LinterTest {
  @TempDir Path tmp;

  private Path threeFiles() throws Exception {
    return MigrationDirs.write(
        tmp.resolve("migrations"),
        "20240101000000_customers.sql",
        "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n",
        "20240102000000_orders.sql",
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n",
        "20240103000000_indexes.sql",
        "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
            + "CREATE INDEX customers_email_idx ON customers (email);\n");
  }

  private static List<String> where(LintReport r, LintRule rule) {
    return r.of(rule).stream().map(d -> d.file() + ":" + d.line()).toList();
  }

  @Test
  void latestJudgesTheSelectedFilesAsOneDeploy() throws Exception {
    Path dir = threeFiles();

    LintReport two = Linter.builder().directory(dir).select(FileSelection.latest(2)).build().lint();

    LintReport one = Linter.builder().directory(dir).select(FileSelection.latest(1)).build().lint();

    // orders is created by the same deploy: indexing it is safe; customers is live.
    assertThat(two.files())
        .containsExactly("20240102000000_orders.sql", "20240103000000_indexes.sql");
    assertThat(where(two, LintRule.PG101)).containsExactly("20240103000000_indexes.sql:2");
    // Judged alone, the last file indexes two existing tables.
    assertThat(one.files()).containsExactly("20240103000000_indexes.sql");
    assertThat(where(one, LintRule.PG101))
        .containsExactly("20240103000000_indexes.sql:1", "20240103000000_indexes.sql:2");
    assertThat(one.hasErrors()).isTrue();
  }

  @Test
  void allJudgesEachFileAgainstTheSchemaBeforeIt() throws Exception {
    LintReport r = Linter.builder().directory(threeFiles()).build().lint();

    assertThat(r.files()).hasSize(3);
    assertThat(where(r, LintRule.PG101))
        .containsExactly("20240103000000_indexes.sql:1", "20240103000000_indexes.sql:2");
    assertThat(r.diagnostics()).allMatch(d -> d.rule() == LintRule.PG101);
  }

  @Test
  void theFileDirectiveTxModeNoneComesFromTheRuntime() throws Exception {
    Path dir =
        MigrationDirs.write(
            tmp.resolve("m"),
            "20240101000000_t.sql",
            "CREATE TABLE t (id bigint PRIMARY KEY, a text);\n",
            "20240102000000_in_tx.sql",
            "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n",
            "20240103000000_no_tx.sql",
            "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY t_a2_idx ON t (a);\n");

    LintReport r = Linter.builder().directory(dir).build().lint();

    assertThat(where(r, LintRule.PG103)).containsExactly("20240102000000_in_tx.sql:1");
    assertThat(r.diagnostics()).hasSize(1);
  }

  @Test
  void aFailingStatementStopsTheLintAndSkipsLaterFiles() throws Exception {
    Path dir =
        MigrationDirs.write(
            tmp.resolve("m"),
            "20240101000000_a.sql",
            "CREATE TABLE a (id int);\n",
            "20240102000000_b.sql",
            "CREATE TABLE b (id int);\n\nALTER TABLE nope ADD COLUMN x int;\n",
            "20240103000000_c.sql",
            "DROP TABLE a;\n");

    LintReport r = Linter.builder().directory(dir).build().lint();

    assertThat(where(r, LintRule.EX101)).containsExactly("20240102000000_b.sql:3");
    assertThat(r.of(LintRule.EX101).get(0).message()).contains("42P01").contains("nope");
    assertThat(r.skipped()).containsExactly("20240103000000_c.sql");
    assertThat(r.of(LintRule.DS102)).isEmpty();
  }

  @Test
  void destructiveFilesNeedADownMigrationWhenCh102IsOn() throws Exception {
    Path dir =
        MigrationDirs.write(
            tmp.resolve("m"),
            "20240101000000_t.sql",
            "CREATE TABLE t (id int, a text, b text);\n",
            "20240102000000_drop_a.sql",
            "ALTER TABLE t DROP COLUMN a;\n",
            "20240103000000_drop_b.sql",
            "-- atlas:nolint DS103\n\nALTER TABLE t DROP COLUMN b;\n",
            "down/20240102000000_drop_a.sql",
            "ALTER TABLE t ADD COLUMN a text;\n");
    LintConfig config = LintConfig.defaults().enable("CH102");

    LintReport r =
        Linter.builder()
            .directory(dir)
            .select(FileSelection.latest(2))
            .config(config)
            .build()
            .lint();

    // drop_a has its down file; drop_b is destructive (even with DS103 silenced) and has none.
    assertThat(where(r, LintRule.CH102)).containsExactly("20240103000000_drop_b.sql:1");
    assertThat(r.of(LintRule.CH102).get(0).message())
        .contains("DS103")
        .contains("down/20240103000000_drop_b.sql");
  }

  @Test
  void aNotNullCheckValidatedInAnEarlierTransactionProvesTheColumn() throws Exception {
    String existing =
        "CREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n"
            + "ALTER TABLE users ADD CONSTRAINT users_nickname_nn"
            + " CHECK (nickname IS NOT NULL) NOT VALID;\n";
    String validate = "ALTER TABLE users VALIDATE CONSTRAINT users_nickname_nn;\n";
    String setNotNull = "ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;\n";
    Path twoFiles =
        MigrationDirs.write(
            tmp.resolve("two"),
            "20240101000000_users.sql",
            existing,
            "20240102000000_validate.sql",
            validate,
            "20240103000000_not_null.sql",
            setNotNull);
    Path oneFile =
        MigrationDirs.write(
            tmp.resolve("one"),
            "20240101000000_users.sql",
            existing,
            "20240102000000_validate_and_not_null.sql",
            validate + setNotNull);

    // One deploy either way; in two files the VALIDATE has committed before SET NOT NULL starts.
    LintReport separate =
        Linter.builder().directory(twoFiles).select(FileSelection.latest(2)).build().lint();
    LintReport together =
        Linter.builder().directory(oneFile).select(FileSelection.latest(1)).build().lint();

    assertThat(separate.diagnostics()).isEmpty();
    assertThat(where(together, LintRule.MF104))
        .containsExactly("20240102000000_validate_and_not_null.sql:2");
    assertThat(together.of(LintRule.MF104).get(0).message())
        .contains("relying on check users_nickname_nn, validated at line 1")
        .contains("rolled back");
    assertThat(together.of(LintRule.MF104).get(0).fix())
        .contains("WHERE nickname IS NULL")
        .contains("VALIDATE CONSTRAINT users_nickname_nn");
    // No scan at SET NOT NULL: the lock rule stays silent.
    assertThat(together.of(LintRule.PG203)).isEmpty();
    assertThat(together.hasErrors()).isFalse();
  }

  @Test
  void anEmptySelectionLintsNothing() throws Exception {
    Path dir = MigrationDirs.write(tmp.resolve("m"), "20240101000000_a.sql", "DROP TABLE x;\n");
    Path repo = tmp;
    Git.init(repo);
    Git.commitAll(repo, "base");

    LintReport r =
        Linter.builder().directory(dir).select(FileSelection.gitBase("HEAD")).build().lint();

    assertThat(r.files()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void gitBaseJudgesOnlyNewFilesAndFlagsNonLinearHistory() throws Exception {
    Path repo = tmp;
    Path dir =
        MigrationDirs.write(
            repo.resolve("db/migrations"),
            "20240101000000_t.sql",
            "CREATE TABLE t (id int PRIMARY KEY, a text);\n",
            "20240105000000_u.sql",
            "CREATE TABLE u (id int PRIMARY KEY);\n");
    Git.init(repo);
    Git.commitAll(repo, "base");
    Git.run(repo, "branch", "base");
    MigrationDirs.write(
        dir,
        "20240103000000_late_branch.sql",
        "ALTER TABLE t DROP COLUMN a;\n",
        "20240106000000_new.sql",
        "CREATE INDEX t_a_idx ON t (id);\n");

    LintReport r =
        Linter.builder().directory(dir).select(FileSelection.gitBase("base")).build().lint();

    assertThat(r.files())
        .containsExactly("20240103000000_late_branch.sql", "20240106000000_new.sql");
    assertThat(where(r, LintRule.CH101)).containsExactly("20240103000000_late_branch.sql:1");
    assertThat(r.of(LintRule.CH101).get(0).message()).contains("20240105000000_u.sql");
    assertThat(where(r, LintRule.DS103)).containsExactly("20240103000000_late_branch.sql:1");
    assertThat(where(r, LintRule.PG101)).containsExactly("20240106000000_new.sql:1");
  }

  @Test
  void anUnknownGitRefIsAClearError() throws Exception {
    Path dir = MigrationDirs.write(tmp.resolve("m"), "20240101000000_a.sql", "SELECT 1;\n");
    Git.init(tmp);
    Git.commitAll(tmp, "base");

    assertThatThrownBy(
            () ->
                Linter.builder()
                    .directory(dir)
                    .select(FileSelection.gitBase("no-such-branch"))
                    .build()
                    .lint())
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("no-such-branch")
        .satisfies(e -> assertThat(((CairnException) e).code()).isEqualTo(ErrorCode.GIT_FAILED));
  }
}
