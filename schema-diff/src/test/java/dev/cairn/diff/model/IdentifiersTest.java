package dev.cairn.diff.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class IdentifiersTest {
  private static final String[] NAMES = {
    "orders", "Orders", "order", "user", "my table", "a\"b", "_x", "x1", "1x", "select",
    "customer_id", "naïve", "$x", "x$", "limit", "text", "int", "value", "name", "é",
    "CamelCase", "snake_case_123", "", "a-b", "between", "json", "filter", "type"
  };

  @Test
  void quotesExactlyLikeQuoteIdent(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("select quote_ident(?)")) {
      for (String n : NAMES) {
        ps.setString(1, n);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(Identifiers.quote(n)).as("quote(%s)", n).isEqualTo(rs.getString(1));
        }
      }
    }
  }

  @Test
  void literalsRoundTripThroughTheServer(DataSource ds) throws SQLException {
    String[] values = {"plain", "it's", "back\\slash", "", "line\nbreak", "ünï"};
    try (Connection c = ds.getConnection();
        var st = c.createStatement()) {
      for (String v : values) {
        try (ResultSet rs = st.executeQuery("select " + Identifiers.literal(v))) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(v);
        }
      }
    }
  }

  @Test
  void qualifiedNamesRenderAsSql() {
    assertThat(QualifiedName.of("public", "Order").sql()).isEqualTo("public.\"Order\"");
    assertThat(QualifiedName.of("s", "b").compareTo(QualifiedName.of("s", "a"))).isPositive();
  }
}
