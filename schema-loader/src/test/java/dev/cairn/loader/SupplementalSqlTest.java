package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.loader.support.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supplemental SQL is appended after Hibernate's DDL, in the documented order, tagged by source.
 */
@WithPostgres
class SupplementalSqlTest {
  @Test
  void appendedInOrderTaggedAndRunnable(@TempDir Path tmp, ScratchDatabase db) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("schema-extras"));
    Files.writeString(
        dir.resolve("020_views.sql"),
        "create view member_names as select full_name from library_member;\r\n");
    Files.writeString(
        dir.resolve("010_extensions.sql"), "\uFEFFcreate extension if not exists pg_trgm;");
    Files.createDirectories(dir.resolve("functions"));
    Files.writeString(
        dir.resolve("functions/030_touch.sql"),
        "create function touch() returns trigger language plpgsql as $$\nbegin\n  return new;\nend;\n$$;\n");
    Files.writeString(dir.resolve("README.md"), "not SQL, ignored");
    Path single =
        Files.writeString(
            tmp.resolve("partial_index.sql"),
            "create index member_since_recent on library_member (member_since) where member_since > date '2020-01-01';\n");

    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.naming")
                .supplementalSql(dir, single)
                .supplementalSql("grants", "grant select on member_names to public")
                .build());

    assertThat(schema.supplementalSql())
        .extracting(SupplementalSql::source)
        .containsExactly(
            "schema-extras/010_extensions.sql",
            "schema-extras/020_views.sql",
            "schema-extras/functions/030_touch.sql",
            "partial_index.sql",
            "grants");
    String ddl = schema.ddl();
    assertThat(ddl)
        .doesNotContain("\r")
        .doesNotContain("\uFEFF")
        .doesNotContain(tmp.toString())
        .endsWith("grant select on member_names to public\n");
    assertThat(
            ddl.indexOf("-- cairn:supplemental schema-extras/010_extensions.sql\ncreate extension"))
        .isGreaterThan(ddl.lastIndexOf("foreign key"))
        .isLessThan(ddl.indexOf("-- cairn:supplemental schema-extras/020_views.sql\n"));

    Catalog catalog = new Catalog(db);
    catalog.apply(schema);
    assertThat(catalog.column("select count(*) from pg_views where viewname = 'member_names'"))
        .containsExactly("1");
    assertThat(catalog.column("select count(*) from pg_proc where proname = 'touch'"))
        .containsExactly("1");
    assertThat(catalog.indexes("library_member"))
        .anyMatch(i -> i.contains("member_since_recent") && i.contains("WHERE"));
  }

  @Test
  void theSameFileGivenTwiceIsAppendedOnce(@TempDir Path tmp) throws IOException {
    Path file = Files.write(tmp.resolve("x.sql"), "select 1;\n".getBytes(StandardCharsets.UTF_8));

    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.naming")
                .supplementalSql(tmp, file)
                .build());

    assertThat(schema.supplementalSql())
        .extracting(SupplementalSql::source)
        .containsExactly(tmp.getFileName() + "/x.sql");
  }

  @Test
  void aFileThatIsNotUtf8IsRejected(@TempDir Path tmp) throws IOException {
    Path file =
        Files.write(tmp.resolve("latin1.sql"), new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                SchemaLoader.load(
                    LoaderOptions.builder()
                        .packages("dev.cairn.loader.models.naming")
                        .supplementalSql(file)
                        .build()))
        .isInstanceOf(LoaderException.class)
        .hasMessageContaining("latin1.sql is not valid UTF-8");
  }
}
