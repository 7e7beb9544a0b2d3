package dev.cairn.cli.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.Main;
import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.SchemaJson;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class SchemaInspectCommandTest {
  private static final String SCHEMA =
      """
      CREATE SCHEMA app;
      CREATE TYPE app.status AS ENUM ('new', 'done');
      CREATE TABLE app.customer (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE,
        status app.status NOT NULL DEFAULT 'new'
      );
      CREATE TABLE app.orders (
        id bigserial PRIMARY KEY,
        customer_id bigint NOT NULL REFERENCES app.customer ON DELETE CASCADE,
        total numeric(12,2) CHECK (total >= 0)
      );
      CREATE INDEX orders_customer_idx ON app.orders (customer_id);
      CREATE VIEW app.big_orders AS SELECT id, total FROM app.orders WHERE total > 1000;
      COMMENT ON TABLE app.orders IS 'orders';
      CREATE TABLE public.note (id int PRIMARY KEY, body text);
      """;

  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  static Run cairn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String url(ScratchDatabase db) {
    String url = db.jdbcUrl() + "?user=" + URLEncoder.encode(db.user(), StandardCharsets.UTF_8);
    if (!db.password().isEmpty()) {
      url += "&password=" + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
    }
    return url;
  }

  private static void run(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static Database inspect(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return CatalogInspector.inspect(c);
    }
  }

  @Test
  void jsonIsTheInspectedModel(ScratchDatabase db) throws SQLException {
    run(db, SCHEMA);
    Run r = cairn("schema", "inspect", "--url", url(db), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(SchemaJson.read(r.out())).isEqualTo(inspect(db));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void sqlRecreatesTheSameSchemaInAnEmptyDatabase(ScratchDatabase db, PostgresServer server)
      throws SQLException {
    run(db, SCHEMA);
    Run r = cairn("schema", "inspect", "--url", url(db));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("-- Schema of database ")
        .contains("CREATE TABLE app.customer")
        .contains("CREATE TYPE app.status AS ENUM ('new', 'done')");
    try (ScratchDatabase copy = server.createDatabase("inspect_copy")) {
      run(copy, r.out());
      assertThat(inspect(copy)).isEqualTo(inspect(db));
    }
  }

  @Test
  void schemaFilterAndExclusions(ScratchDatabase db) throws SQLException {
    run(db, SCHEMA);
    Run onlyApp =
        cairn(
            "schema",
            "inspect",
            "--url",
            url(db),
            "--format",
            "json",
            "--schema",
            "app",
            "--exclude-table",
            "app.big_*");
    assertThat(onlyApp.exitCode()).as(onlyApp.err()).isZero();
    Database parsed = SchemaJson.read(onlyApp.out());
    assertThat(parsed.schemas()).extracting(Schema::name).containsExactly("app");
    assertThat(parsed.schema("app").orElseThrow().views()).isEmpty();
    Database expected;
    try (Connection c = db.connect()) {
      expected =
          CatalogInspector.inspect(
              c, InspectOptions.defaults().withSchemas("app").excludingTables("app.big_*"));
    }
    assertThat(parsed).isEqualTo(expected);
  }

  @Test
  void sqlFilesAreExecutedOnTheDevDatabaseFirst() throws IOException {
    Path file = tmp.resolve("schema.sql");
    Files.writeString(file, SCHEMA);
    Run r = cairn("schema", "inspect", "--url", "file://" + file, "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Database db = SchemaJson.read(r.out());
    assertThat(db.table(QualifiedName.of("app", "orders")).orElseThrow().comment())
        .isEqualTo("orders");
  }

  @Test
  void unsupportedObjectsAreListedLoudly(ScratchDatabase db) throws SQLException {
    run(db, "CREATE TABLE t (id int); CREATE RULE t_ro AS ON DELETE TO t DO INSTEAD NOTHING;");
    Run r = cairn("schema", "inspect", "--url", url(db));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("-- NOT MODELLED: rule t_ro on public.t: Cairn does not model");
    assertThat(r.err()).contains("warning: 1 object(s)").contains("  - rule t_ro on public.t");
  }

  @Test
  void anUnreachableDatabaseExitsWith3WithoutShowingThePassword() {
    Run r = cairn("schema", "inspect", "--url", "postgres://someone:s3cret@127.0.0.1:1/nowhere");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("error: Cannot connect to postgres://someone:***@127.0.0.1:1/nowhere")
        .doesNotContain("s3cret");
  }

  @Test
  void credentialsMayComeFromOptions(ScratchDatabase db) throws SQLException {
    run(db, "CREATE TABLE only_here (id int)");
    String[] args = {
      "schema", "inspect", "--url", db.jdbcUrl(), "--user", db.user(), "--format", "json"
    };
    if (!db.password().isEmpty()) {
      args = java.util.Arrays.copyOf(args, args.length + 2);
      args[args.length - 2] = "--password";
      args[args.length - 1] = db.password();
    }
    Run r = cairn(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(SchemaJson.read(r.out()).table(QualifiedName.of("public", "only_here"))).isPresent();
  }

  @Test
  void withoutAUrlItIsAUsageError() {
    Run r = cairn("schema", "inspect");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing --url");
  }

  @Test
  void failuresAreJsonWhenJsonWasAskedFor() {
    Run r =
        cairn(
            "schema",
            "inspect",
            "--url",
            "postgres://someone:s3cret@127.0.0.1:1/nowhere",
            "--format",
            "json");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).contains("\"error\"").doesNotContain("s3cret");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run r = cairn("schema", "inspect", "--url", "file://" + tmp.resolve("missing.sql"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("No such file or directory");
  }

  @Test
  void aFailingStatementInAFileNamesItsLine() throws IOException {
    Path file = tmp.resolve("broken.sql");
    Files.writeString(file, "create table a (id int);\ncreate table b (id nosuchtype);\n");
    Run r = cairn("schema", "inspect", "--url", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("failed at broken.sql:2: ERROR: type \"nosuchtype\" does not exist");
  }
}
