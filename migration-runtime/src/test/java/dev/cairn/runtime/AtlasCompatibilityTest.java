package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by the Atlas CLI continues under Cairn, and Cairn's rows keep what Atlas
 * needs to continue after it.
 */
@WithPostgres
class AtlasCompatibilityTest {

  /** The DDL the Atlas CLI runs on PostgreSQL (from a real Atlas-managed schema dump). */
  static final String ATLAS_DDL =
      "CREATE SCHEMA IF NOT EXISTS \"%1$s\"; CREATE TABLE \"%1$s\".\"atlas_schema_revisions\" (\"version\""
          + " character varying NOT NULL, \"description\" character varying NOT NULL, \"type\""
          + " bigint NOT NULL DEFAULT 2, \"applied\" bigint NOT NULL DEFAULT 0, \"total\" bigint"
          + " NOT NULL DEFAULT 0, \"executed_at\" timestamptz NOT NULL, \"execution_time\" bigint"
          + " NOT NULL, \"error\" text NULL, \"error_stmt\" text NULL, \"hash\" character varying"
          + " NOT NULL, \"partial_hashes\" jsonb NULL, \"operator_version\" character varying NOT"
          + " NULL, PRIMARY KEY (\"version\"));";

  static TestDir dir() {
    return TestDir.create()
        .add(
            "20240101000000_users.sql",
            "CREATE TABLE users (id int);\nINSERT INTO users VALUES (1);\n")
        .add("20240102000000_orders.sql", "CREATE TABLE orders (id int);\n")
        .add("20240103000000_items.sql", "CREATE TABLE items (id int);\n")
        .add("20240104000000_tags.sql", "CREATE TABLE tags (id int);\n");
  }

  /** Running SHA-256 over the statements with their semicolons, "h1:" + base64 per statement. */
  static String atlasPartialHashes(String... statements) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    List<String> out = new ArrayList<>();
    for (String s : statements) {
      md.update(s.getBytes(StandardCharsets.UTF_8));
      out.add(
          "\"h1:"
              + Base64.getEncoder().encodeToString(((MessageDigest) md.clone()).digest())
              + "\"");
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** Inserts rows as Atlas writes them for files applied by `atlas migrate apply`. */
  static void atlasApplied(ScratchDatabase db, String schema, TestDir dir) throws Exception {
    Db.exec(db, String.format(ATLAS_DDL, schema));
    Db.exec(
        db,
        "CREATE TABLE users (id int); INSERT INTO users VALUES (1); CREATE TABLE orders (id int)");
    var files = dir.scripts();
    String t = "\"" + schema + "\".atlas_schema_revisions";
    Db.exec(
        db,
        "INSERT INTO "
            + t
            + " VALUES ('.atlas_cloud_identifier', '0b7d1b5e-7f56-4d4c-9b0e-0f3a0a3d9c11', 2, 0, 0,"
            + " now(), 0, NULL, NULL, '', NULL, 'Atlas CLI v0.30.0')");
    Db.exec(
        db,
        "INSERT INTO "
            + t
            + " VALUES ('20240101000000', 'users', 2, 2, 2, now(), 1834000, '', '', '"
            + files.get(0).hash()
            + "', '"
            + atlasPartialHashes("CREATE TABLE users (id int);", "INSERT INTO users VALUES (1);")
            + "', 'Atlas CLI v0.30.0')");
    Db.exec(
        db,
        "INSERT INTO "
            + t
            + " VALUES ('20240102000000', 'orders', 2, 1, 1, now(), 912000, '', '', '"
            + files.get(1).hash()
            + "', '"
            + atlasPartialHashes("CREATE TABLE orders (id int);")
            + "', 'Atlas CLI v0.30.0')");
  }

  @Test
  void continuesAnAtlasHistoryInTheDefaultRevisionSchema(ScratchDatabase db) throws Exception {
    TestDir dir = dir();
    atlasApplied(db, "atlas_schema_revisions", dir);

    MigrateResult r = dir.cairn(db).load().migrate();

    assertThat(r.initialVersion()).isEqualTo("20240102000000");
    assertThat(r.migrations())
        .extracting(AppliedMigration::version)
        .containsExactly("20240103000000", "20240104000000");
    assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("1");
    assertThat(dir.cairn(db).load().status().applied()).hasSize(4);
    assertAtlasCanContinue(db, "atlas_schema_revisions", dir);
  }

  @Test
  void continuesAnAtlasHistoryInAConfiguredSchema(ScratchDatabase db) throws Exception {
    TestDir dir = dir();
    atlasApplied(db, "public", dir);
    MigrateResult r = dir.cairn(db).revisionsSchema("public").load().migrate();
    assertThat(r.migrations()).hasSize(2);
    assertThat(Db.tableExists(db, Db.REVISIONS)).isFalse();
    assertAtlasCanContinue(db, "public", dir);
  }

  @Test
  void detectsAnEditedFileThatAtlasApplied(ScratchDatabase db) throws Exception {
    TestDir dir = dir();
    atlasApplied(db, "atlas_schema_revisions", dir);
    dir.add(
        "20240101000000_users.sql",
        "CREATE TABLE users (id bigint);\nINSERT INTO users VALUES (1);\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            HistoryChangedException.class,
            e -> assertThat(e.file()).isEqualTo("20240101000000_users.sql"));
  }

  /**
   * What Atlas's executor relies on: rows sorted by version, the last one complete (applied =
   * total, so nothing is resumed), known type bits, the atlas.sum hash of each file and one "h1:"
   * partial hash per applied statement.
   */
  static void assertAtlasCanContinue(ScratchDatabase db, String schema, TestDir dir) {
    var files = dir.scripts();
    List<List<String>> rows =
        Db.rows(
            db,
            "SELECT version, description, type, applied, total, hash,"
                + " coalesce(jsonb_array_length(partial_hashes), 0),"
                + " coalesce((SELECT bool_and(h LIKE 'h1:%' AND length(h) = 47)"
                + " FROM jsonb_array_elements_text(partial_hashes) h), true),"
                + " execution_time >= 0, jsonb_typeof(coalesce(partial_hashes, '[]'))"
                + " FROM \""
                + schema
                + "\".atlas_schema_revisions WHERE version NOT LIKE '.%' ORDER BY version");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      List<String> row = rows.get(i);
      assertThat(row.get(0)).isEqualTo(files.get(i).version());
      assertThat(row.get(1)).isEqualTo(files.get(i).description());
      assertThat(row.get(2)).isEqualTo("2");
      assertThat(row.get(3)).isEqualTo(row.get(4));
      assertThat(row.get(5)).isEqualTo(files.get(i).hash());
      assertThat(row.get(6)).isEqualTo(row.get(3));
      assertThat(row.subList(7, 10)).containsExactly("t", "t", "array");
    }
  }
}
