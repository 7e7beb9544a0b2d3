package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class SchemaSourceTest {
  private static DevDatabase dev;

  @TempDir Path tmp;

  @BeforeAll
  static void openDev() {
    dev = DevDatabases.embedded();
  }

  @AfterAll
  static void closeDev() {
    dev.close();
  }

  /** Records what a load did. */
  static final class Recorder implements LoadListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void cacheHit(String source, String key) {
      events.add("hit");
    }

    @Override
    public void executing(String source, int scripts) {
      events.add("executing " + scripts);
    }

    @Override
    public void scriptExecuted(String source, String script, int statements) {
      events.add(script + ":" + statements);
    }
  }

  private static LoadOptions noCache() {
    return LoadOptions.defaults().withCache(StateCache.disabled());
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void desiredDdlTextIsExecutedAndInspected() {
    Database db =
        SchemaSource.desiredDdl(
                "create table users (id bigint primary key, email varchar(255) not null unique);"
                    + " create index users_email_lower on users (lower(email));")
            .load(dev, noCache());
    var users = db.table(QualifiedName.of("public", "users")).orElseThrow();
    assertThat(users.columns())
        .extracting(Column::name, Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "bigint"),
            org.assertj.core.groups.Tuple.tuple("email", "character varying(255)"));
    // The inline unique constraint comes back with the name PostgreSQL gave it.
    assertThat(users.constraints())
        .extracting(c -> c.name())
        .containsExactly("users_email_key", "users_pkey");
  }

  @Test
  void aFailingStatementNamesFileLineStatementAndPostgresMessage() throws IOException {
    Path file =
        write(
            tmp,
            "schema.sql",
            "create table a (id int primary key);\n"
                + "\n"
                + "create table b (\n"
                + "  id int primary key,\n"
                + "  a_id no_such_type\n"
                + ");\n");
    assertThatThrownBy(() -> SchemaSource.sqlFile(file).load(dev, noCache()))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageContaining("failed at schema.sql:5: ERROR: type \"no_such_type\" does not exist")
        .hasMessageContaining("SQLSTATE 42704")
        .hasMessageContaining("Statement (from line 3):")
        .hasMessageContaining("    a_id no_such_type")
        .satisfies(
            e -> {
              SchemaSourceException s = (SchemaSourceException) e;
              assertThat(s.file()).isEqualTo("schema.sql");
              assertThat(s.line()).isEqualTo(5);
              assertThat(s.statement()).startsWith("create table b (");
              assertThat(s.sqlState()).isEqualTo("42704");
              assertThat(s.code()).isEqualTo(ErrorCode.SCHEMA_SOURCE_FAILED);
            });
  }

  @Test
  void sqlDirectoryRunsFilesInNameOrderAndIgnoresOtherFiles() throws IOException {
    Path dir = tmp.resolve("sql");
    write(
        dir, "02_orders.sql", "create table orders (id int, customer_id int references customer);");
    write(dir, "01_customer.sql", "create table customer (id int primary key);");
    write(dir, "README.md", "not sql");
    Recorder r = new Recorder();
    Database db = SchemaSource.sqlDirectory(dir).load(dev, noCache().withListener(r));
    assertThat(r.events).containsExactly("executing 2", "01_customer.sql:1", "02_orders.sql:1");
    assertThat(db.table(QualifiedName.of("public", "orders")).orElseThrow().foreignKeys())
        .hasSize(1);
  }

  @Test
  void sessionSettingsDoNotLeakFromOneFileIntoTheNext() throws IOException {
    Path dir = tmp.resolve("leak");
    write(dir, "20240101000000_a.sql", "create schema other; set search_path = other;");
    write(dir, "20240102000000_b.sql", "create table t (id int);");
    Database db = SchemaSource.migrationDirectory(dir.toString()).load(dev, noCache());
    assertThat(db.table(QualifiedName.of("public", "t"))).isPresent();
    assertThat(db.schema("other").orElseThrow().tables()).isEmpty();
  }

  @Test
  void nonTransactionalStatementsAndNewEnumValuesReplay() throws IOException {
    Path dir = tmp.resolve("nontx");
    write(
        dir,
        "20240101000000_a.sql",
        "create type mood as enum ('ok'); create table t (id int, m mood);");
    write(
        dir,
        "20240102000000_b.sql",
        "-- atlas:txmode none\n\n"
            + "alter type mood add value 'sad';\n"
            + "insert into t values (1, 'sad');\n"
            + "create index concurrently t_id on t (id);\n");
    Database db = SchemaSource.migrationDirectory(dir.toString()).load(dev, noCache());
    assertThat(db.schema("public").orElseThrow().enums().get(0).labels())
        .containsExactly("ok", "sad");
    assertThat(db.table(QualifiedName.of("public", "t")).orElseThrow().indexes()).hasSize(1);
  }

  @Test
  void aMigrationDirectoryIsReplayedOnceThenServedFromTheCache() throws IOException {
    Path dir = tmp.resolve("migrations");
    write(dir, "20240101000000_init.sql", "create table users (id int primary key);");
    write(
        dir,
        "20240102000000_email.sql",
        "alter table users add column email text;\ncreate index users_email on users (email);");
    AtlasSum.write(MigrationDirectory.of(dir));
    StateCache cache = StateCache.at(tmp.resolve("cache"));
    SchemaSource source = SchemaSource.migrationDirectory(dir.toString());

    Recorder first = new Recorder();
    Database replayed =
        source.load(dev, LoadOptions.defaults().withCache(cache).withListener(first));
    assertThat(first.events)
        .containsExactly("executing 2", "20240101000000_init.sql:1", "20240102000000_email.sql:2");

    Recorder second = new Recorder();
    Database cached =
        source.load(dev, LoadOptions.defaults().withCache(cache).withListener(second));
    assertThat(second.events).containsExactly("hit");
    assertThat(cached).isEqualTo(replayed);

    // Any change to any file invalidates the entry.
    write(
        dir,
        "20240102000000_email.sql",
        "alter table users add column email text;\ncreate index users_email2 on users (email);");
    Recorder third = new Recorder();
    Database changed =
        source.load(dev, LoadOptions.defaults().withCache(cache).withListener(third));
    assertThat(third.events).first().isEqualTo("executing 2");
    assertThat(changed.table(QualifiedName.of("public", "users")).orElseThrow().indexes())
        .extracting(i -> i.name())
        .containsExactly("users_email2");

    // So does another inspection scope.
    Recorder fourth = new Recorder();
    source.load(
        dev,
        LoadOptions.defaults()
            .withCache(cache)
            .withListener(fourth)
            .withInspect(InspectOptions.defaults().excludingTables("users")));
    assertThat(fourth.events).first().isEqualTo("executing 2");
  }

  @Test
  void aCorruptCacheEntryIsIgnoredAndRewritten() throws IOException {
    Path dir = tmp.resolve("m");
    write(dir, "20240101000000_init.sql", "create table t (id int);");
    Path cacheDir = tmp.resolve("cache");
    StateCache cache = StateCache.at(cacheDir);
    SchemaSource source = SchemaSource.migrationDirectory(dir.toString());
    Database original = source.load(dev, LoadOptions.defaults().withCache(cache));
    List<Path> entries;
    try (Stream<Path> s = Files.list(cacheDir)) {
      entries = s.toList();
    }
    assertThat(entries).hasSize(1);
    Files.writeString(entries.get(0), "{\"schemas\": [ {\"name\": ");

    Recorder r = new Recorder();
    Database again = source.load(dev, LoadOptions.defaults().withCache(cache).withListener(r));
    assertThat(r.events).first().isEqualTo("executing 1");
    assertThat(again).isEqualTo(original);
    Recorder hit = new Recorder();
    source.load(dev, LoadOptions.defaults().withCache(cache).withListener(hit));
    assertThat(hit.events).containsExactly("hit");
  }

  @Test
  void desiredDdlAndSupplementalSqlRunTogether() throws IOException {
    Path extra =
        write(tmp, "views.sql", "create view active_users as select id from users where active;");
    Database db =
        SchemaSource.combined(
                SchemaSource.desiredDdl("create table users (id int, active boolean);"),
                SchemaSource.sqlFile(extra))
            .load(dev, noCache());
    assertThat(db.schema("public").orElseThrow().views())
        .singleElement()
        .satisfies(
            v -> assertThat(v.dependsOn()).containsExactly(QualifiedName.of("public", "users")));
    assertThatThrownBy(
            () ->
                SchemaSource.combined(
                    SchemaSource.desiredDdl("select 1"),
                    SchemaSource.database("jdbc:postgresql://localhost/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read directly from its database");
  }

  @Test
  void aLiveDatabaseIsInspectedWhereItIs(ScratchDatabase live) throws SQLException {
    try (Connection c = live.connect();
        var st = c.createStatement()) {
      st.execute("create table live_t (id int)");
    }
    Database db =
        SchemaSource.database(live.jdbcUrl(), live.user(), live.password())
            .load(null, LoadOptions.defaults());
    assertThat(db.schemas()).extracting(Schema::name).containsExactly("public");
    assertThat(db.table(QualifiedName.of("public", "live_t"))).isPresent();
  }

  @Test
  void specsPickTheRightKindOfSource() throws IOException {
    Path migrations = tmp.resolve("mig");
    write(migrations, "20240101000000_init.sql", "create table t (id int);");
    AtlasSum.write(MigrationDirectory.of(migrations));
    Path sqlDir = tmp.resolve("plain");
    write(sqlDir, "schema.sql", "create table t (id int);");
    assertThat(SchemaSource.parse("file://" + migrations).description())
        .startsWith("migration directory");
    assertThat(SchemaSource.parse(sqlDir.toString()).description()).startsWith("SQL directory");
    assertThat(SchemaSource.parse(sqlDir.resolve("schema.sql").toString()).description())
        .startsWith("SQL file");
    assertThat(SchemaSource.parse("postgres://u:secret@localhost:5432/app").description())
        .isEqualTo("database postgres://u:***@localhost:5432/app");
    assertThatThrownBy(() -> SchemaSource.parse("file://" + tmp.resolve("nope")))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("No such file or directory");
  }
}
