package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the sample application's docs (issue 10): {@code migrate apply} and {@code migrate
 * status} declare their own {@code --env} (the running environment of {@code cairn:skip-on}), which
 * hides the global {@code --env} that selects the {@code cairn.yaml} environment. {@code cairn
 * migrate apply --env production} therefore ignores {@code cairn.yaml} and fails with "No database
 * given: … or select a cairn.yaml environment with --env NAME" — the very option just given.
 */
@WithPostgres
class ApplyEnvironmentTest {
  @TempDir Path project;

  @Test
  void applyEnvSelectsTheProjectEnvironmentAndSkipsItsFiles(ScratchDatabase db) throws IOException {
    Path dir = Files.createDirectories(project.resolve("migrations"));
    Files.writeString(
        dir.resolve("1_demo_data.sql"),
        "-- cairn:skip-on production\n\nCREATE TABLE demo (id int);\n");
    Files.writeString(dir.resolve("2_orders.sql"), "CREATE TABLE orders (id int);\n");
    assertThat(cairn("migrate", "hash", "--dir", "file://" + dir).exitCode()).isZero();
    Files.writeString(
        project.resolve("cairn.yaml"),
        "env:\n  production:\n    url: "
            + db.jdbcUrl()
            + "\n    user: "
            + db.user()
            + "\n    dir: file://"
            + dir
            + "\n");
    Map<String, String> vars =
        db.password() == null ? Map.of() : Map.of("CAIRN_PASSWORD", db.password());

    CliRun run = cairn(vars, project, "migrate", "apply", "--env", "production");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2_orders.sql").containsPattern("skipped +1_demo_data.sql");
  }
}
