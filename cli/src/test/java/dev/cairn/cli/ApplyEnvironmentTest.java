package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Found by the sample application's docs (issue 10, docs/howto-environments.md): {@code migrate
 * apply} once declared its own {@code --env} (the running environment of {@code cairn:skip-on}),
 * which hid the global {@code --env} selecting the {@code cairn.yaml} environment, so {@code cairn
 * migrate apply --env production} ignored {@code cairn.yaml}. Now {@code --env} selects the project
 * environment and {@code --environment} (or that environment's {@code environment} key) names the
 * running environment.
 */
@WithPostgres
class ApplyEnvironmentTest {
  @TempDir Path project;

  @ParameterizedTest(name = "environment key in cairn.yaml: {0}, extra arguments: [{1}]")
  @CsvSource({
    "true, ''",
    "false, --environment production",
  })
  void applyEnvSelectsTheProjectEnvironmentAndSkipsItsFiles(
      boolean keyInFile, String extra, ScratchDatabase db) throws IOException {
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
            + "\n"
            + (keyInFile ? "    environment: production\n" : ""));
    Map<String, String> vars =
        db.password() == null ? Map.of() : Map.of("CAIRN_PASSWORD", db.password());
    List<String> args = new ArrayList<>(List.of("migrate", "apply", "--env", "production"));
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.split(" ")));
    }

    CliRun run = cairn(vars, project, args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("skipped +1_demo_data.sql")
        .containsPattern("applied +2_orders.sql");
  }
}
