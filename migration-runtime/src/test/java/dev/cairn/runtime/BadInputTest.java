package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input is reported before the database is touched: the database and its revision table
 * stay exactly as they were (here: one file applied, a second one pending).
 */
@WithPostgres
class BadInputTest {

  static TestDir applied(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_users.sql", "CREATE TABLE users (id int);\n")
            .add("2_orders.sql", "CREATE TABLE orders (id int);\n");
    dir.cairn(db).load().set("1");
    Db.exec(db, "CREATE TABLE users (id int)");
    return dir;
  }

  record Case(String name, Consumer<TestDir> breakIt, ErrorCode code, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case(
                "sum mismatch: edited",
                d -> d.addUnhashed("2_orders.sql", "CREATE TABLE orders (id bigint);\n"),
                ErrorCode.CHECKSUM_MISMATCH,
                "2_orders.sql"),
            new Case(
                "sum mismatch: added",
                d -> d.addUnhashed("3_items.sql", "CREATE TABLE items (id int);\n"),
                ErrorCode.CHECKSUM_MISMATCH,
                "3_items.sql"),
            new Case(
                "sum mismatch: removed",
                d -> {
                  try {
                    java.nio.file.Files.delete(d.path().resolve("2_orders.sql"));
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                },
                ErrorCode.CHECKSUM_MISMATCH,
                "2_orders.sql"),
            new Case(
                "missing atlas.sum",
                d -> {
                  try {
                    java.nio.file.Files.delete(d.path().resolve("atlas.sum"));
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                },
                ErrorCode.SUM_FILE_MISSING,
                "atlas.sum"),
            new Case(
                "duplicate version",
                d -> d.addUnhashed("2_again.sql", "SELECT 1;\n"),
                ErrorCode.DUPLICATE_VERSION,
                "2_again.sql"),
            new Case(
                "malformed name",
                d -> d.addUnhashed("3-items.sql", "SELECT 1;\n"),
                ErrorCode.INVALID_FILE_NAME,
                "3-items.sql"),
            new Case(
                "non-SQL extension that looks like a migration",
                d -> d.addUnhashed("3_items.SQL", "SELECT 1;\n"),
                ErrorCode.INVALID_FILE_NAME,
                "3_items.SQL"),
            new Case(
                "unterminated quote in a pending file",
                d -> d.add("2_orders.sql", "CREATE TABLE orders (id int);\nSELECT 'oops;\n"),
                ErrorCode.SQL_SYNTAX,
                "2_orders.sql:2"),
            new Case(
                "unterminated dollar quote",
                d ->
                    d.add(
                        "2_orders.sql",
                        "CREATE TABLE orders (id int);\nDO $body$ BEGIN PERFORM 1; END $$;\n"),
                ErrorCode.SQL_SYNTAX,
                "2_orders.sql:2"),
            new Case(
                "misspelled directive",
                d ->
                    d.add("2_orders.sql", "-- atlas:txmod none\n\nCREATE TABLE orders (id int);\n"),
                ErrorCode.INVALID_DIRECTIVE,
                "2_orders.sql:1"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badDirectoryIsRefusedAndTheDatabaseStaysUnchanged(Case c, ScratchDatabase db) {
    TestDir dir = applied(db);
    List<List<String>> before = Db.revisions(db);
    c.breakIt().accept(dir);
    for (Runnable op :
        List.<Runnable>of(
            () -> dir.cairn(db).load().migrate(),
            () -> dir.cairn(db).load().dryRun(),
            () -> dir.cairn(db).load().validate())) {
      assertThatThrownBy(op::run)
          .isInstanceOfSatisfying(
              CairnException.class,
              e -> {
                assertThat(e.code()).isEqualTo(c.code());
                assertThat(e.getMessage()).contains(c.message());
              });
    }
    assertThat(Db.revisions(db)).isEqualTo(before);
    assertThat(Db.tableExists(db, "orders")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingOrEmpty")
  void missingOrEmptyDirectoryIsRefusedBeforeConnecting(
      String name, Path path, ErrorCode code, ScratchDatabase db) {
    assertThatThrownBy(
            () -> Cairn.configure().dataSource(db.dataSource()).directory(path).load().migrate())
        .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(Db.tableExists(db, Db.REVISIONS)).isFalse();
  }

  static Stream<Arguments> missingOrEmpty() {
    TestDir empty = TestDir.create();
    TestDir onlyReadme = TestDir.create().addUnhashed("README.md", "# migrations\n");
    return Stream.of(
        Arguments.of("missing", empty.path().resolve("nope"), ErrorCode.DIRECTORY_NOT_FOUND),
        Arguments.of("empty", empty.path(), ErrorCode.DIRECTORY_EMPTY),
        Arguments.of("only non-SQL files", onlyReadme.path(), ErrorCode.DIRECTORY_EMPTY));
  }
}
