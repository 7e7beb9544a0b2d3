package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-edited step of the history — {@code order_line.line_total} added NOT NULL — must work on
 * a database that has order lines, not only on an empty one: a production database at the version
 * before it is filled with data, then the rest of {@code migrations/} is applied.
 */
@WithPostgres
class BackfillOnDataTest {
  @TempDir Path tmp;

  @Test
  void lineTotalIsBackFilledOnExistingRows(ScratchDatabase db) throws IOException, SQLException {
    String addLineTotal =
        fileNames().stream().filter(n -> n.contains("_add_order_line_total")).findFirst().get();
    Path before = tmp.resolve("before");
    Files.createDirectories(before);
    for (String name : fileNames()) {
      if (name.compareTo(addLineTotal) < 0) {
        Files.copy(Repo.migrations().resolve(name), before.resolve(name));
      }
    }
    AtlasSum.write(MigrationDirectory.open(before.toString()));
    Cairn.configure().dataSource(db.dataSource()).directory(before).load().migrate();

    exec(
        db,
        """
        INSERT INTO customer (id, email, first_name, last_name, status, created_at, version)
          VALUES (1, 'ada@example.org', 'Ada', 'Lovelace', 'ACTIVE', now(), 0);
        INSERT INTO category (id, name, slug) VALUES (1, 'Kitchen', 'kitchen');
        INSERT INTO product (id, sku, name, price, active, category_id, version)
          VALUES (1, 'KN-001', 'Chef''s knife', 89.00, true, 1, 0),
                 (2, 'BD-002', 'Oak board', 35.50, true, 1, 0);
        INSERT INTO purchase_order (id, customer_id, status, placed_at, total, version)
          VALUES (1, 1, 'PAID', now(), 213.50, 0);
        INSERT INTO order_line (id, order_id, product_id, quantity, unit_price)
          VALUES (1, 1, 1, 2, 89.00), (2, 1, 2, 1, 35.50);
        """);

    MigrateResult rest =
        Cairn.configure().dataSource(db.dataSource()).directory(Repo.migrations()).load().migrate();

    assertThat(rest.migrations()).isNotEmpty();
    assertThat(rest.migrations().get(0).file()).isEqualTo(addLineTotal);
    assertThat(query(db, "SELECT id || '=' || line_total FROM order_line ORDER BY id"))
        .containsExactly("1=178.00", "2=35.50");
    assertThat(
            query(
                db,
                "SELECT attnotnull::text FROM pg_attribute"
                    + " WHERE attrelid = 'order_line'::regclass AND attname = 'line_total'"))
        .containsExactly("true");
    assertThat(
            query(
                db,
                "SELECT conname FROM pg_constraint WHERE conrelid = 'order_line'::regclass"
                    + " AND contype = 'c'"))
        .as("the temporary check constraint is gone")
        .isEmpty();
  }

  private static List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(Repo.migrations())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    }
  }

  private static void exec(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> query(ScratchDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
