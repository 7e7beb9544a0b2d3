package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * Runs {@code docs/examples/entrypoint.sh} as a container would, without Docker: the real {@code
 * cairn} (this module's main class in a child JVM) against a real database, then a fake application
 * that reports its process id, so {@code exec} is observable. Also checks that the Dockerfile and
 * the Kubernetes example use the entrypoint and commands that parse.
 */
@WithPostgres
class ContainerExamplesTest {
  private static final Path EXAMPLES =
      Path.of("..", "docs", "examples").toAbsolutePath().normalize();

  @TempDir Path tmp;
  Path migrations;
  Path cairn;
  Path app;

  @BeforeEach
  void setUp() throws IOException, URISyntaxException {
    migrations = tmp.resolve("migrations");
    Files.createDirectories(migrations);
    Path src = Path.of(ContainerExamplesTest.class.getResource("/simple").toURI());
    try (Stream<Path> files = Files.list(src)) {
      for (Path p : files.toList()) {
        Files.copy(p, migrations.resolve(p.getFileName()));
      }
    }
    Files.copy(
        Path.of(ContainerExamplesTest.class.getResource("/simple.sum").toURI()),
        migrations.resolve("atlas.sum"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    cairn =
        script(
            "cairn",
            "exec '"
                + java
                + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path")
                + "' dev.cairn.cli.Main \"$@\"\n");
    app = script("app", "echo \"app pid=$$ args=$*\"\nexit 7\n");
  }

  private Path script(String name, String body) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  record Run(int exitCode, long pid, String output) {}

  private Run entrypoint(Map<String, String> env, String... command) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(EXAMPLES.resolve("entrypoint.sh").toString());
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("CAIRN"));
    pb.environment().put("CAIRN", cairn.toString());
    pb.environment().put("CAIRN_DIR", "file://" + migrations);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), p.pid(), out);
  }

  private static Map<String, String> database(ScratchDatabase db) {
    Map<String, String> env = new HashMap<>();
    env.put("CAIRN_URL", db.jdbcUrl());
    env.put("CAIRN_USER", db.user());
    if (db.password() != null && !db.password().isEmpty()) {
      env.put("CAIRN_PASSWORD", db.password());
    }
    return env;
  }

  @Test
  void migratesThenExecsTheApplicationAndMigratesNothingTheSecondTime(ScratchDatabase db)
      throws Exception {
    Run first = entrypoint(database(db), app.toString(), "--server.port=8080");
    assertThat(first.output()).contains("20240103000000").contains("app pid=" + first.pid());
    assertThat(first.output()).contains("args=--server.port=8080");
    // The application's exit code is the container's: the shell was replaced, not waiting.
    assertThat(first.exitCode()).isEqualTo(7);
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM atlas_schema_revisions.atlas_schema_revisions")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }

    Run second = entrypoint(database(db), app.toString());
    assertThat(second.exitCode()).isEqualTo(7);
    assertThat(second.output()).contains("app pid=" + second.pid());
  }

  @Test
  void anUnreachableDatabaseStopsTheContainerWithExitCode3BeforeTheApplication() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Map<String, String> env = new HashMap<>();
    env.put("CAIRN_URL", "jdbc:postgresql://127.0.0.1:" + port + "/shop");
    env.put("CAIRN_PASSWORD", "s3cret-never-shown");
    env.put("CAIRN_APPLY_ARGS", "--connect-retry 1s");
    Run r = entrypoint(env, app.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.output())
        .contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:" + port)
        .doesNotContain("app pid=")
        .doesNotContain("s3cret");
  }

  @Test
  void refusesToStartWithoutADatabaseUnlessMigrationIsSkipped() throws Exception {
    Run missing = entrypoint(Map.of(), app.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.output()).contains("CAIRN_URL is not set").doesNotContain("app pid=");

    Run skipped = entrypoint(Map.of("CAIRN_SKIP_MIGRATE", "true"), app.toString());
    assertThat(skipped.exitCode()).isEqualTo(7);
    assertThat(skipped.output()).isEqualTo("app pid=" + skipped.pid() + " args=\n");

    Run noCommand = entrypoint(Map.of("CAIRN_SKIP_MIGRATE", "true"));
    assertThat(noCommand.exitCode()).isEqualTo(2);
    assertThat(noCommand.output()).contains("no application command given");
  }

  @Test
  void theDockerfileUsesTheTestedEntrypointInExecForm() throws IOException {
    String dockerfile = Files.readString(EXAMPLES.resolve("Dockerfile"));
    assertThat(dockerfile)
        .contains("COPY entrypoint.sh /app/entrypoint.sh")
        .contains("ENTRYPOINT [\"/app/entrypoint.sh\"]")
        .contains("CMD [\"java\", \"-jar\", \"/app/app.jar\"]")
        .contains("CAIRN=/opt/cairn/cairn")
        .contains("COPY cairn /opt/cairn/cairn");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theKubernetesInitContainerRunsACommandThatParses() throws IOException {
    Map<String, Object> deployment =
        new Yaml().load(Files.readString(EXAMPLES.resolve("kubernetes-init-container.yaml")));
    Map<String, Object> pod =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) deployment.get("spec")).get("template"))
                .get("spec");
    Map<String, Object> init = ((List<Map<String, Object>>) pod.get("initContainers")).get(0);
    List<String> command = (List<String>) init.get("command");
    assertThat(command.get(0)).isEqualTo("/opt/cairn/cairn");
    CommandLine.ParseResult parsed =
        Main.commandLine(CliRun.CLOCK)
            .parseArgs(command.subList(1, command.size()).toArray(new String[0]));
    assertThat(parsed.subcommand().subcommand().commandSpec().qualifiedName())
        .isEqualTo("cairn migrate apply");
    List<Map<String, Object>> appEnv =
        (List<Map<String, Object>>)
            ((List<Map<String, Object>>) pod.get("containers")).get(0).get("env");
    assertThat(appEnv).contains(Map.of("name", "CAIRN_SKIP_MIGRATE", "value", "true"));
  }
}
