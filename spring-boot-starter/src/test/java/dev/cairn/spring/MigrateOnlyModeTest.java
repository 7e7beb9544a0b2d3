package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.spring.app.ShopApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code cairn.mode=migrate-only}, as an init container runs it: the real {@code main} in its own
 * JVM, judged by its exit status and output.
 */
@WithPostgres
class MigrateOnlyModeTest {

  @Test
  void appliesMigrationsAndExitsZeroWithoutStartingTheApplication(ScratchDatabase db)
      throws Exception {
    Run run = run(db, "--cairn.mode=migrate-only");
    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(Sql.revisions(db)).containsExactly("20240101000000", "20240102000000");
    assertThat(run.output)
        .contains("cairn.mode=migrate-only and the migrations are done")
        .doesNotContain("SHOP SERVICE CREATED")
        .doesNotContain("SHOP RUNNER RAN");
  }

  @Test
  void aFailingMigrationExitsOne(ScratchDatabase db) throws Exception {
    TestMigrations dir =
        TestMigrations.create()
            .add("1_ok.sql", "CREATE TABLE ok (id int);\n")
            .add("2_broken.sql", "CREATE TABLE broken (id int);\nSELECT * FROM no_such_table;\n");
    Run run = run(db, "--cairn.mode=migrate-only", "--" + dir.property());
    assertThat(run.exitCode).as(run.output).isEqualTo(1);
    assertThat(run.output).contains("2_broken.sql").doesNotContain("SHOP RUNNER RAN");
    assertThat(Sql.tables(db)).containsExactly("ok");
  }

  private record Run(int exitCode, String output) {}

  private static Run run(ScratchDatabase db, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add(ShopApplication.class.getName());
    for (String p : Runners.datasource(db)) {
      command.add("--" + p);
    }
    command.add("--spring.jpa.hibernate.ddl-auto=validate");
    command.add("--spring.main.banner-mode=off");
    command.add("--cairn.guard.privileges=off");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + new String(out, StandardCharsets.UTF_8));
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
