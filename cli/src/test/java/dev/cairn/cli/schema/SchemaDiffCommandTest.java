package dev.cairn.cli.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.Main;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class SchemaDiffCommandTest {
  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  static Run cairn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String sql) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, sql);
    return f;
  }

  @Test
  void printsTheStatementsBetweenTwoFiles() throws IOException {
    Path a = file("a.sql", "CREATE TABLE t (id int PRIMARY KEY, name text);");
    Path b =
        file(
            "b.sql",
            "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, email text);"
                + " CREATE INDEX t_email_idx ON t (email);");
    Run r = cairn("schema", "diff", "--from", "file://" + a, "--to", "file://" + b);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ALTER TABLE public.t ADD COLUMN email text;")
        .contains(
            "ALTER TABLE public.t ADD CONSTRAINT name_not_null_cairn CHECK (name IS NOT NULL) NOT VALID;")
        .contains("CREATE INDEX CONCURRENTLY t_email_idx ON public.t USING btree (email);");

    Run plain =
        cairn("schema", "diff", "--from", a.toString(), "--to", b.toString(), "--no-online-safe");
    assertThat(plain.out())
        .contains("ALTER TABLE public.t ALTER COLUMN name SET NOT NULL;")
        .doesNotContain("CONCURRENTLY");

    Run changes =
        cairn(
            "schema", "diff", "--from", a.toString(), "--to", b.toString(), "--format", "changes");
    assertThat(changes.out().lines())
        .containsExactlyInAnyOrder(
            "add column public.t.email (text)",
            "set not null on public.t.name",
            "create index t_email_idx on public.t");
  }

  @Test
  void saysWhenInSync() throws IOException {
    Path a = file("a.sql", "CREATE TABLE t (id int PRIMARY KEY);");
    Path b =
        file(
            "b.sql",
            "CREATE TABLE public.t (id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));");
    Run r = cairn("schema", "diff", "--from", a.toString(), "--to", b.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Schemas are in sync: no changes.\n");
  }

  @Test
  void renameHintOnTheCommandLine() throws IOException {
    Path a = file("a.sql", "CREATE TABLE t (id int, mail text);");
    Path b = file("b.sql", "CREATE TABLE t (id int, email text);");
    Run r =
        cairn(
            "schema",
            "diff",
            "--from",
            a.toString(),
            "--to",
            b.toString(),
            "--rename",
            "public.t.mail=email");
    assertThat(r.out())
        .contains("-- Renamed column public.t.mail to email (rename hint).")
        .contains("ALTER TABLE public.t RENAME COLUMN mail TO email;")
        .doesNotContain("DROP COLUMN");
  }

  @Test
  void unsupportedObjectsAreReportedLoudly() throws IOException {
    Path a = file("a.sql", "CREATE TABLE t (id int);");
    Path b =
        file(
            "b.sql",
            "CREATE TABLE t (id int); CREATE AGGREGATE my_sum(int) (sfunc = int4pl, stype = int);");
    Run r = cairn("schema", "diff", "--from", a.toString(), "--to", b.toString());
    assertThat(r.err()).contains("warning:").contains("my_sum").contains("will NOT create it");
  }
}
