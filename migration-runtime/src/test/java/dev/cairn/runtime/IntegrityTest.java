package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tamper detection over every applied file: edits are refused before anything runs. */
@WithPostgres
class IntegrityTest {

  static final List<String[]> FILES =
      List.of(
          new String[] {"20240101000000_users.sql", "CREATE TABLE users (id int);\n"},
          new String[] {
            "20240102000000_orders.sql",
            "CREATE TABLE orders (id int);\nCREATE INDEX orders_id ON orders (id);\n"
          },
          new String[] {
            "20240103000000_online.sql",
            "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY users_id ON users (id);\n"
          },
          new String[] {"20240104000000_seed.sql", "INSERT INTO users VALUES (1);\n"});

  static final String RENAME = "<rename>";

  static TestDir applied(ScratchDatabase db) {
    TestDir dir = TestDir.create();
    for (String[] f : FILES) {
      dir.add(f[0], f[1]);
    }
    dir.cairn(db).load().migrate();
    return dir.add("20240105000000_next.sql", "CREATE TABLE next (id int);\n");
  }

  static Stream<Arguments> tampering() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String[] f : FILES) {
      String name = f[0];
      b.add(Arguments.of(name, "edited statement", f[1].replaceFirst("\\(", "( ")));
      b.add(Arguments.of(name, "appended statement", f[1] + "SELECT 1;\n"));
    }
    // Removing or renaming is checked on a transactional and a non-transactional file.
    for (String name : List.of(FILES.get(1)[0], FILES.get(2)[0])) {
      b.add(Arguments.of(name, "removed file", null));
      b.add(Arguments.of(name, "renamed file", RENAME));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tampering")
  void anyChangeToAnAppliedFileIsRefusedAndNothingRuns(
      String name, String change, String newContent, ScratchDatabase db) {
    TestDir dir = applied(db);
    if (newContent == null) {
      dir.remove(name);
    } else if (newContent.equals(RENAME)) {
      String content = dir.content(name);
      dir.remove(name);
      dir.add(name.replace(".sql", "_renamed.sql"), content);
    } else {
      dir.add(name, newContent);
    }
    String version = name.substring(0, name.indexOf('_'));
    for (ExecOrder order : ExecOrder.values()) {
      assertThatThrownBy(() -> dir.cairn(db).execOrder(order).load().migrate())
          .as(order.toString())
          .isInstanceOfSatisfying(
              HistoryChangedException.class,
              e -> {
                assertThat(e.version()).isEqualTo(version);
                assertThat(e.getMessage()).contains(version);
              });
    }
    assertThatThrownBy(() -> dir.cairn(db).load().status())
        .isInstanceOf(HistoryChangedException.class);
    assertThat(Db.tableExists(db, "next")).isFalse();
    assertThat(Db.value(db, "SELECT count(*) FROM " + Db.REVISIONS)).isEqualTo("4");
  }
}
