package dev.cairn.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class PostgresServerTest {

  @Test
  void eachTestGetsAFreshWorkingDatabase(ScratchDatabase db, DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table t (id int primary key)");
      s.execute("insert into t values (1), (2)");
      ResultSet rs = s.executeQuery("select current_database(), count(*) from t");
      rs.next();
      // The DataSource and the ScratchDatabase parameters point at the same database.
      assertThat(rs.getString(1)).isEqualTo(db.name());
      assertThat(rs.getInt(2)).isEqualTo(2);
    }
  }

  @Test
  void databasesAreIsolatedAndDroppedOnClose(PostgresServer server) throws SQLException {
    ScratchDatabase a = server.createDatabase("iso");
    try (ScratchDatabase b = server.createDatabase("iso")) {
      exec(a, "create table only_in_a (x int)");
      assertThat(tableCount(a)).isEqualTo(1);
      assertThat(tableCount(b)).isZero();
    }
    a.close();
    assertThatThrownBy(a::connect).isInstanceOf(SQLException.class).hasMessageContaining(a.name());
  }

  @Test
  void serverIsSharedAndRunsTheDefaultMajorVersion(PostgresServer server) {
    assertThat(PostgresServer.shared()).isSameAs(server);
    if (server.isEmbedded() && System.getenv("CAIRN_POSTGRES_VERSION") == null) {
      assertThat(server.majorVersion()).isEqualTo(PostgresVersion.DEFAULT.major());
    }
  }

  @Test
  void externalServerByUrlCreatesDatabasesAndHidesThePassword(PostgresServer server)
      throws SQLException {
    String url = server.jdbcUrl("postgres") + "?user=" + server.user() + "&password=s3cret";
    PostgresServer external = PostgresServer.external(url, null, null);
    try (ScratchDatabase db = external.createDatabase("ext")) {
      exec(db, "create table e (x int)");
      assertThat(tableCount(db)).isEqualTo(1);
      assertThat(db.jdbcUrl()).doesNotContain("s3cret").doesNotContain("user=");
      assertThat(db.toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void unreachableExternalServerFailsClearlyWithoutPassword() {
    assertThatThrownBy(
            () -> PostgresServer.external("jdbc:postgresql://127.0.0.1:1/x", "bob", "hunter2"))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageContaining("bob")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void versionsParse() {
    assertThat(PostgresVersion.parse("postgres:16")).isEqualTo(PostgresVersion.V16);
    assertThat(PostgresVersion.parse("18").major()).isEqualTo(18);
    assertThat(PostgresVersion.parse("15.19.0").binariesVersion()).isEqualTo("15.19.0");
    assertThatThrownBy(() -> PostgresVersion.parse("9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("15, 16, 17 or 18");
  }

  private static void exec(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int tableCount(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
