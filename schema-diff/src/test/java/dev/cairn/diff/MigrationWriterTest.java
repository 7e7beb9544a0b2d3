package dev.cairn.diff;

import static dev.cairn.diff.M.col;
import static dev.cairn.diff.M.db;
import static dev.cairn.diff.M.enumType;
import static dev.cairn.diff.M.function;
import static dev.cairn.diff.M.index;
import static dev.cairn.diff.M.nn;
import static dev.cairn.diff.M.schema;
import static dev.cairn.diff.M.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Database;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.ChecksumMismatchException;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.TxMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static final Database FROM =
      db(
          schema(
              "public",
              enumType("public.status", "new", "done"),
              table("public.t", nn(col("id", "integer")), col("name", "text"))));

  private static final Database TO =
      db(
          schema(
              "public",
              enumType("public.status", "new", "paid", "done"),
              function("public.f", "x integer", "integer", "begin return x; end;"),
              table(
                  "public.t",
                  nn(col("id", "integer")),
                  col("name", "text"),
                  col("s", "status"),
                  index("t_name_idx", "public.t", "name", "name"))));

  private static Plan plan(Database from, Database to) {
    return Planner.plan(
        SchemaDiffer.diff(from, to, DiffOptions.defaults()).changes(),
        from,
        to,
        PlanOptions.defaults());
  }

  @Test
  void writesOneFilePerStageInExecutionOrderAndUpdatesTheSum() throws IOException {
    MigrationWriter.WrittenMigration w =
        MigrationWriter.write(dir, "add_status", plan(FROM, TO), plan(TO, FROM), CLOCK);

    assertThat(w.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "20240506070809_add_status_enum_values.sql",
            "20240506070810_add_status.sql",
            "20240506070811_add_status_concurrently.sql");
    MigrationDirectory d = MigrationDirectory.of(dir);
    assertThat(AtlasSum.verify(d).files())
        .containsExactlyElementsOf(
            w.files().stream().map(p -> p.getFileName().toString()).toList());
    List<MigrationFile> files = d.files();
    assertThat(files.get(0).statements()).hasSize(1);
    assertThat(files.get(0).content())
        .contains("ALTER TYPE public.status ADD VALUE 'paid' AFTER 'new';");
    assertThat(files.get(1).directives().txMode()).isEmpty();
    assertThat(files.get(1).statements()).hasSize(2);
    assertThat(files.get(1).content())
        .contains("AS $function$begin return x; end;$function$;")
        .contains("ALTER TABLE public.t ADD COLUMN s status;");
    assertThat(files.get(2).directives().txMode()).isEqualTo(Optional.of(TxMode.NONE));
    assertThat(files.get(2).content())
        .startsWith("-- atlas:txmode none\n\n")
        .contains("CREATE INDEX CONCURRENTLY t_name_idx ON public.t USING btree (name);");
    assertThat(w.downFile()).isEqualTo(dir.resolve("down/20240506070810_add_status.sql"));
    assertThat(Files.readString(w.downFile()))
        .contains("DROP INDEX public.t_name_idx;")
        .contains("NEEDS A DATA MIGRATION");
    assertThat(d.ignoredFiles()).isNotEmpty();
    assertThat(w.summary())
        .contains("20240506070811_add_status_concurrently.sql (1 statement, no transaction)")
        .contains("add value 'paid' to enum public.status");
  }

  @Test
  void aSingleStagePlanIsOneFileWithThePlainName() {
    Database to =
        db(schema("public", table("public.t", nn(col("id", "integer")), col("name", "text"))));
    Database from = db(schema("public", table("public.t", nn(col("id", "integer")))));
    MigrationWriter.WrittenMigration w =
        MigrationWriter.write(dir, "add_name", plan(from, to), null, CLOCK);
    assertThat(w.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("20240506070809_add_name.sql");
    assertThat(w.downFile()).isNull();
  }

  @Test
  void emptyPlanWritesNothing() throws IOException {
    MigrationWriter.WrittenMigration w =
        MigrationWriter.write(dir, "noop", plan(TO, TO), null, CLOCK);
    assertThat(w.wroteFiles()).isFalse();
    assertThat(w.summary()).startsWith("No changes");
    try (var s = Files.list(dir)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void versionsMoveAfterExistingFiles() throws IOException {
    Files.writeString(dir.resolve("20990101000000_future.sql"), "SELECT 1;\n");
    AtlasSum.write(MigrationDirectory.of(dir));
    Database to =
        db(schema("public", table("public.t", nn(col("id", "integer")), col("name", "text"))));
    Database from = db(schema("public", table("public.t", nn(col("id", "integer")))));
    MigrationWriter.WrittenMigration w =
        MigrationWriter.write(dir, "later", plan(from, to), null, CLOCK);
    assertThat(w.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("20990101000001_later.sql");
    assertThat(AtlasSum.verify(MigrationDirectory.of(dir)).files())
        .containsExactly("20990101000000_future.sql", "20990101000001_later.sql");
  }

  @Test
  void refusesADirectoryThatDoesNotMatchItsSum() throws IOException {
    Path f = dir.resolve("20240101000000_init.sql");
    Files.writeString(f, "CREATE TABLE a (id int);\n");
    AtlasSum.write(MigrationDirectory.of(dir));
    Files.writeString(f, "CREATE TABLE a (id bigint);\n");
    assertThatThrownBy(() -> MigrationWriter.write(dir, "next", plan(FROM, TO), null, CLOCK))
        .isInstanceOf(ChecksumMismatchException.class);
    try (var s = Files.list(dir)) {
      assertThat(s).hasSize(2);
    }
  }

  @Test
  void rejectsNamesThatDoNotMakeAFileName() {
    assertThatThrownBy(() -> MigrationWriter.write(dir, "a b", plan(FROM, TO), null, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid migration name 'a b'");
  }

  @Test
  void nextVersionIsOneSecondLater() {
    assertThat(MigrationWriter.nextVersion("20241231235959")).isEqualTo("20250101000000");
    assertThat(MigrationWriter.nextVersion("42")).isEqualTo("43");
  }
}
