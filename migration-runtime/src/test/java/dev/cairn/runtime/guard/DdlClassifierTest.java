package dev.cairn.runtime.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlClassifierTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "CREATE TABLE t (id int)                                    | DDL         | CREATE TABLE",
        "create unique index concurrently if not exists i on t (x)  | DDL         | CREATE INDEX",
        "CREATE OR REPLACE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql | DDL | CREATE FUNCTION",
        "create materialized view mv as select 1                    | DDL         | CREATE MATERIALIZED VIEW",
        "CREATE FOREIGN DATA WRAPPER w                              | DDL         | CREATE FOREIGN DATA WRAPPER",
        "alter default privileges grant select on tables to r       | DDL         | ALTER DEFAULT PRIVILEGES",
        "ALTER SYSTEM SET work_mem = '1MB'                          | DDL         | ALTER SYSTEM",
        "drop index concurrently i                                  | DDL         | DROP INDEX",
        "TRUNCATE t                                                 | DDL         | TRUNCATE",
        "comment on table t is 'x'                                  | DDL         | COMMENT ON",
        "GRANT select on t to r                                     | DDL         | GRANT",
        "security label on table t is 'x'                           | DDL         | SECURITY LABEL",
        "SELECT * INTO t2 FROM t                                    | DDL         | SELECT INTO",
        "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1                 | DDL         | EXPLAIN ANALYZE CREATE TABLE",
        "prepare p as select * into t3 from t                       | DDL         | PREPARE SELECT INTO",
        "CREATE TEMP TABLE x (id int)                               | TEMPORARY   | CREATE TABLE",
        "select * into temp x from t                                | TEMPORARY   | SELECT INTO",
        "drop table pg_temp.x                                       | TEMPORARY   | DROP TABLE",
        "create index on pg_temp.x (id)                             | TEMPORARY   | CREATE INDEX",
        "DO $$ begin perform 1; end $$                              | DO_BLOCK    | DO",
        "do language plpgsql 'begin end'                            | DO_BLOCK    | DO",
        "VACUUM t                                                   | MAINTENANCE | VACUUM",
        "refresh materialized view mv                               | MAINTENANCE | REFRESH MATERIALIZED VIEW",
        "reindex table t                                            | MAINTENANCE | REINDEX",
        "select 1                                                   | ORDINARY    | SELECT",
        "with x as (select 1) select * from x                       | ORDINARY    | WITH",
        "EXPLAIN select * into t4 from t                            | ORDINARY    | EXPLAIN",
        "insert into t select * from u                              | ORDINARY    | INSERT",
        "{call p(?)}                                                | ORDINARY    | {CALL}",
      })
  void classifiesKindAndCommand(String sql, StatementKind kind, String command) {
    SqlClassification c = DdlClassifier.classify(sql);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.command()).isEqualTo(command);
    assertThat(c.isDdl()).isEqualTo(kind == StatementKind.DDL);
    assertThat(c.mayChangeSchema())
        .isEqualTo(kind == StatementKind.DDL || kind == StatementKind.DO_BLOCK);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // What PostgreSQL would reject must not hide DDL that comes before or after it.
        "drop table x; select 'unterminated                        | DDL",
        "select (1; drop table t                                    | DDL",
        "select 'a\\'; drop table t; --'                            | DDL",
        "select 'unterminated; drop table x                         | ORDINARY",
        "select 'it\\'s'                                            | ORDINARY",
        "/* never closed drop table t                               | ORDINARY",
        "set standard_conforming_strings = off; select 'a\\'; drop table t; --' | DDL",
      })
  void brokenTextIsJudgedTheWorstCaseWay(String sql, StatementKind kind) {
    assertThat(DdlClassifier.classify(sql).kind()).isEqualTo(kind);
  }

  @Test
  void multiStatementTextKeepsEveryStatementAndIsAsBadAsItsWorst() {
    SqlClassification c =
        DdlClassifier.classify("SELECT 1; /* then */ CREATE TABLE x (id int); VACUUM x");
    assertThat(c.statements())
        .extracting(ClassifiedStatement::kind)
        .containsExactly(StatementKind.ORDINARY, StatementKind.DDL, StatementKind.MAINTENANCE);
    assertThat(c.kind()).isEqualTo(StatementKind.DDL);
    assertThat(c.ddlStatements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.text()).isEqualTo("CREATE TABLE x (id int)");
              assertThat(s.reason()).isEqualTo("CREATE TABLE changes the schema");
            });
    assertThat(DdlClassifier.classify("  -- only a comment\n").statements()).isEmpty();
    assertThat(DdlClassifier.classify("  -- only a comment\n").kind())
        .isEqualTo(StatementKind.ORDINARY);
  }
}
