package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrateResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay gate: {@code migrations/} applies from scratch, once, and then has nothing to do. */
@WithPostgres
class MigrationsReplayTest {

  @Test
  void theWholeHistoryAppliesToAFreshDatabase(ScratchDatabase db) throws SQLException {
    Cairn cairn =
        Cairn.configure()
            .dataSource(db.dataSource())
            .directory(Repo.migrations().toString())
            .load();

    MigrateResult first = cairn.migrate();

    assertThat(first.migrations().stream().map(AppliedMigration::version))
        .containsExactlyElementsOf(Repo.versions());
    assertThat(first.currentVersion()).isEqualTo(Repo.versions().get(Repo.versions().size() - 1));
    assertThat(tables(db))
        .contains("customer", "purchase_order", "order_line", "payment", "card_payment")
        .contains("bank_transfer_payment", "product_tag", "inventory_item");

    MigrateResult again = cairn.migrate();
    assertThat(again.migrations()).isEmpty();
    assertThat(again.currentVersion()).isEqualTo(first.currentVersion());
  }

  static List<String> tables(ScratchDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                    + " AND relkind IN ('r', 'v') ORDER BY relname")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
