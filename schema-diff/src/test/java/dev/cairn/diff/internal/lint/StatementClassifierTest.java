package dev.cairn.diff.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.internal.lint.StatementInfo.Kind;
import dev.cairn.runtime.sql.SqlScanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementClassifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // statement | kind | concurrently | hasWhere | target | setting | local | full | query
        "begin | BEGIN | false | false | | | false | false | false",
        "START TRANSACTION ISOLATION LEVEL SERIALIZABLE | BEGIN | false | false | | | false | false"
            + " | false",
        "commit | COMMIT | false | false | | | false | false | false",
        "END | COMMIT | false | false | | | false | false | false",
        "rollback | ROLLBACK | false | false | | | false | false | false",
        "ROLLBACK TO SAVEPOINT a | SAVEPOINT | false | false | | | false | false | false",
        "ROLLBACK WORK TO a | SAVEPOINT | false | false | | | false | false | false",
        "release savepoint a | SAVEPOINT | false | false | | | false | false | false",
        "SET lock_timeout = '5s' | SET | false | false | | lock_timeout | false | false | false",
        "set local Lock_Timeout to 1000 | SET | false | false | | lock_timeout | true | false"
            + " | false",
        "SET SESSION statement_timeout = 0 | SET | false | false | | statement_timeout | false"
            + " | false | false",
        "SET TRANSACTION READ ONLY | OTHER | false | false | | | false | false | false",
        "SET ROLE app | OTHER | false | false | | | false | false | false",
        "RESET search_path | RESET | false | false | | search_path | false | false | false",
        "CREATE INDEX i ON t (a) | CREATE_INDEX | false | false | t | | false | false | false",
        "create unique index concurrently if not exists i on only s.\"T\" using btree (a)"
            + " | CREATE_INDEX | true | false | s.\"T\" | | false | false | false",
        "CREATE INDEX ON t ((lower(a))) WHERE b | CREATE_INDEX | false | false | t | | false"
            + " | false | false",
        "DROP INDEX CONCURRENTLY i | DROP_INDEX | true | false | | | false | false | false",
        "DROP INDEX i | DROP_INDEX | false | false | | | false | false | false",
        "DROP TABLE t | DROP | false | false | | | false | false | false",
        "REINDEX (VERBOSE) INDEX CONCURRENTLY i | REINDEX | true | false | | | false | false"
            + " | false",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY v | REFRESH_MATERIALIZED_VIEW | true | false"
            + " | | | false | false | false",
        "REFRESH MATERIALIZED VIEW v | REFRESH_MATERIALIZED_VIEW | false | false | | | false"
            + " | false | false",
        "ALTER TABLE t ADD COLUMN a int | ALTER_TABLE | false | false | | | false | false | false",
        "ALTER INDEX i RENAME TO j | ALTER_TABLE | false | false | | | false | false | false",
        "ALTER TYPE e ADD VALUE 'x' | ALTER_TYPE | false | false | | | false | false | false",
        "CREATE TABLE t (a int) | CREATE_TABLE | false | false | | | false | false | false",
        "CREATE UNLOGGED TABLE t (a int) | CREATE_TABLE | false | false | | | false | false"
            + " | false",
        "CREATE TABLE t AS SELECT 1 | CREATE_TABLE | false | false | | | false | false | false",
        "TRUNCATE t | TRUNCATE | false | false | | | false | false | false",
        "DELETE FROM t | DELETE | false | false | t | | false | false | false",
        "DELETE FROM ONLY public.t WHERE a = 1 | DELETE | false | true | public.t | | false"
            + " | false | false",
        "DELETE FROM t USING u WHERE t.a = u.a | DELETE | false | true | t | | false | false"
            + " | false",
        "UPDATE \"Doc\" SET a = (SELECT 1 WHERE true) | UPDATE | false | false | \"Doc\" | |"
            + " false | false | false",
        "UPDATE t SET a = 1 WHERE a IS NULL | UPDATE | false | true | t | | false | false"
            + " | false",
        "INSERT INTO t VALUES (1) | INSERT | false | false | t | | false | false | false",
        "INSERT INTO t (a) SELECT a FROM u | INSERT | false | false | t | | false | false"
            + " | true",
        "WITH x AS (SELECT 1) DELETE FROM t | DELETE | false | false | t | | false | false"
            + " | false",
        "WITH RECURSIVE x(n) AS (SELECT 1 UNION SELECT n + 1 FROM x) SELECT * FROM x | SELECT"
            + " | false | false | | | false | false | false",
        "(SELECT 1) | SELECT | false | false | | | false | false | false",
        "SELECT setval('s', 10) | SELECT | false | false | | | false | false | false",
        "VACUUM (FULL, ANALYZE) t | VACUUM | false | false | | | false | true | false",
        "VACUUM t | VACUUM | false | false | | | false | false | false",
        "CLUSTER t USING i | CLUSTER | false | false | | | false | false | false",
        "DO $$ BEGIN PERFORM 1; END $$ | DO | false | false | | | false | false | false",
        "COMMENT ON TABLE t IS 'x' | OTHER | false | false | | | false | false | false",
      })
  void classifies(
      String sql,
      Kind kind,
      boolean concurrently,
      boolean hasWhere,
      String target,
      String setting,
      boolean local,
      boolean full,
      boolean fromQuery) {
    StatementInfo info = StatementClassifier.classify(SqlScanner.significantTokens(sql));

    assertThat(info)
        .isEqualTo(
            new StatementInfo(
                kind, concurrently, hasWhere, target, setting, local, full, fromQuery));
  }
}
