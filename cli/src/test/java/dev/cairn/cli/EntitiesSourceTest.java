package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.junit.WithPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code entities:} source: the schema loader runs in a class loader made of the given class
 * path (here the test class path, which holds hibernate-core and the test entities).
 */
@WithPostgres
class EntitiesSourceTest {
  @TempDir Path tmp;

  private static String testClassPath() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // Only what an application would have: its classes and libraries, not Cairn's test tooling.
    return Arrays.stream(cp.split(File.pathSeparator))
        .filter(e -> !e.contains("surefire"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void migrateDiffWritesTheEntityModel() throws IOException {
    Path dir = tmp.resolve("migrations");
    CliRun r =
        cairn(
            "migrate",
            "diff",
            "init",
            "--dir",
            dir.toString(),
            "--to",
            "entities:dev.cairn.cli.entities",
            "--classpath",
            testClassPath());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String sql = Files.readString(dir.resolve("20240506070809_init.sql"));
    assertThat(sql)
        .contains("CREATE TABLE public.shop_customer (")
        .contains("email character varying(200) NOT NULL")
        .contains("CREATE TABLE public.shop_order (")
        .contains("FOREIGN KEY (customer_id) REFERENCES public.shop_customer(id)");

    CliRun again =
        cairn(
            "migrate",
            "diff",
            "again",
            "--dir",
            dir.toString(),
            "--to",
            "entities:dev.cairn.cli.entities",
            "--classpath",
            testClassPath(),
            "--check");
    assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).startsWith("No changes:");
  }

  @Test
  void missingClassPathSaysWhatToPass() {
    CliRun r = cairn("schema", "diff", "--from", "entities:x.y", "--to", "entities:x.y");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(r.err()).contains("needs the application's class path").contains("--classpath");
  }

  @Test
  void classPathWithoutHibernateIsExplained() throws IOException {
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    CliRun r =
        cairn(
            "schema",
            "diff",
            "--from",
            "entities:x.y",
            "--to",
            "entities:x.y",
            "--classpath",
            classes.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(r.err()).as(r.err()).contains("entities:x.y").contains("hibernate");
  }
}
