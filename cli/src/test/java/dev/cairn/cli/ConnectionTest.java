package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConnectionOptions} against a real PostgreSQL: credentials from every source reach the
 * runtime, an unreachable database ends with exit code 3 after the bounded retry, rejected
 * credentials with exit code 3 at once, and no password ever appears in the output.
 */
@WithPostgres
class ConnectionTest {
  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void migrations() throws IOException, URISyntaxException {
    dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    Path src = Path.of(ConnectionTest.class.getResource("/simple").toURI());
    try (Stream<Path> files = Files.list(src)) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    Files.copy(
        Path.of(ConnectionTest.class.getResource("/simple.sum").toURI()), dir.resolve("atlas.sum"));
  }

  private CliRun probe(Map<String, String> vars, String... args) {
    return CliRun.run(
        Main.commandLine(CliRun.environment(vars, tmp, false), new ProbeCommand()), args);
  }

  @Test
  void credentialsFromOptions(ScratchDatabase db) {
    CliRun run =
        probe(
            Map.of(),
            "probe",
            "--status",
            "--dir",
            dir.toString(),
            "--url",
            db.jdbcUrl(),
            "--user",
            db.user(),
            "--password",
            db.password());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("pending=3\n");
  }

  @Test
  void credentialsFromALibpqUrlInTheEnvironment(ScratchDatabase db) {
    String jdbc = db.jdbcUrl();
    String hostAndDb = jdbc.substring("jdbc:postgresql://".length());
    Map<String, String> vars = new HashMap<>();
    vars.put("CAIRN_URL", "postgres://" + db.user() + ":" + db.password() + "@" + hostAndDb);
    vars.put("CAIRN_DIR", dir.toString());
    CliRun run = probe(vars, "probe", "--status");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("pending=3\n");
  }

  @Test
  void credentialsFromTheProjectConfiguration(ScratchDatabase db) throws IOException {
    Files.writeString(
        tmp.resolve("cairn.yaml"),
        "env:\n  local:\n    url: "
            + db.jdbcUrl()
            + "\n    user: ${DB_USER}\n    password: ${DB_PASSWORD}\n    dir: "
            + dir
            + "\n");
    CliRun run =
        probe(
            Map.of("DB_USER", db.user(), "DB_PASSWORD", db.password()),
            "probe",
            "--status",
            "--env",
            "local");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("pending=3\n");
  }

  @Test
  void realCommandsTakeTheirDatabaseFromTheSelectedEnvironment(ScratchDatabase db)
      throws IOException {
    Files.writeString(
        tmp.resolve("cairn.yaml"),
        "env:\n  local:\n    url: "
            + db.jdbcUrl()
            + "\n    user: "
            + db.user()
            + "\n    dir: file://"
            + dir
            + "\n    environment: production\n");
    CliRun apply = CliRun.cairn(Map.of(), tmp, "migrate", "apply", "--env", "local");
    assertThat(apply.err()).isEmpty();
    assertThat(apply.exitCode()).isZero();
    CliRun status = CliRun.cairn(Map.of(), tmp, "migrate", "status", "--env", "local");
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("20240103000000");
  }

  @Test
  void rejectedCredentialsExitWith3WithoutRetryingOrPrintingThePassword(ScratchDatabase db) {
    // The embedded server trusts local connections, so an unknown role is what it rejects.
    String wrong = "Wr0ng-password";
    CliRun run =
        probe(
            Map.of(),
            "probe",
            "--status",
            "--dir",
            dir.toString(),
            "--url",
            db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "password=" + wrong,
            "--user",
            "no_such_role",
            "--format",
            "json");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("error: ").contains("rejected the connection");
    assertThat(run.out()).contains("\"code\": \"DATABASE_AUTHENTICATION_FAILED\"");
    assertThat(run.out() + run.err()).doesNotContain(wrong);
  }

  @Test
  void unreachableDatabaseExitsWith3AfterTheRetryBudget() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun run =
        probe(
            Map.of("CAIRN_PASSWORD", "never-shown"),
            "probe",
            "--status",
            "--dir",
            dir.toString(),
            "--url",
            "postgres://app:also-never-shown@127.0.0.1:" + port + "/app",
            "--connect-retry",
            "1s");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("error: Cannot reach the database at jdbc:postgresql://127.0.0.1:" + port)
        .contains(" attempts in ")
        .doesNotContain("never-shown");
  }
}
