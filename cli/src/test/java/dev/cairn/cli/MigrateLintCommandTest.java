package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cairn migrate lint} end to end, in-process, on the embedded dev database. */
class MigrateLintCommandTest {
  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void migrations() throws IOException {
    dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    write(
        "20240101000000_orders.sql",
        "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n"
            + "CREATE INDEX orders_id_status_idx ON orders (id, status);\n");
    // Line 2: an index on an existing table without CONCURRENTLY (PG101, an error).
    write(
        "20240102000000_status_index.sql",
        "-- index for the status page\nCREATE INDEX orders_status_idx ON orders (status);\n");
  }

  private void write(String name, String sql) throws IOException {
    Files.writeString(dir.resolve(name), sql, StandardCharsets.UTF_8);
  }

  @Test
  void anErrorLevelFindingExitsOneAndNamesFileLineLockAndFix() {
    CliRun run = cairn("migrate", "lint", "--dir", "file://" + dir, "--latest", "1");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("20240102000000_status_index.sql:2: error PG101 Index built without")
        .contains("lock:   SHARE on public.orders")
        .contains("CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders")
        .contains("1 file linted: 1 error, 0 warnings");
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    write("20240103000000_drop_index.sql", "DROP INDEX orders_id_status_idx;\n");

    CliRun run =
        cairn("migrate", "lint", "--dir", dir.toString(), "--latest", "1", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"code\": \"PG102\"")
        .contains("\"severity\": \"warning\"")
        .contains("\"failed\": false");
  }

  @Test
  void githubFormatWritesWorkflowCommands() {
    CliRun run =
        cairn("migrate", "lint", "--dir", dir.toString(), "--latest", "1", "--format", "github");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("::error file=" + dir + "/20240102000000_status_index.sql,line=2,title=PG101");
  }

  @Test
  void sarifGoesToTheOutputFile() throws IOException {
    Path sarif = tmp.resolve("reports/lint.sarif");

    CliRun run =
        cairn(
            "migrate",
            "lint",
            "--dir",
            dir.toString(),
            "--latest",
            "1",
            "--format",
            "sarif",
            "--output",
            sarif.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("wrote " + sarif + ": 1 errors, 0 warnings");
    assertThat(Files.readString(sarif))
        .contains("\"version\": \"2.1.0\"")
        .contains("\"ruleId\": \"PG101\"")
        .contains("\"startLine\": 2");
  }

  @Test
  void flagsAndTheConfigFileChangeTheVerdict() throws IOException {
    Path config = tmp.resolve("lint.properties");
    Files.writeString(config, "severity.PG101 = warning\n");

    CliRun disabled =
        cairn("migrate", "lint", "--dir", dir.toString(), "--latest", "1", "--disable", "PG1");
    CliRun lowered =
        cairn(
            "migrate",
            "lint",
            "--dir",
            dir.toString(),
            "--latest",
            "1",
            "--lint-config",
            config.toString());
    CliRun flagged =
        cairn(
            "migrate",
            "lint",
            "--dir",
            dir.toString(),
            "--latest",
            "1",
            "--severity",
            "PG101=info");

    assertThat(disabled.exitCode()).isZero();
    assertThat(disabled.out()).contains("0 errors, 0 warnings");
    assertThat(lowered.exitCode()).isZero();
    assertThat(lowered.out()).contains("warning PG101");
    assertThat(flagged.exitCode()).isZero();
    assertThat(flagged.out()).contains("info PG101");
  }

  @Test
  void theProjectFileAndTheLintConfigurationAreDifferentOptions() throws IOException {
    // --config is the global project file (cairn.yaml), --lint-config the rules file; the
    // environment may name both the directory and the rules file.
    Path rules = tmp.resolve("ci/cairn-lint.properties");
    Files.createDirectories(rules.getParent());
    Files.writeString(rules, "severity.PG101 = warning\n");
    Path project = tmp.resolve("deploy/cairn.yaml");
    Files.createDirectories(project.getParent());
    Files.writeString(
        project,
        "env:\n  ci:\n    dir: file://"
            + dir
            + "\n    lint-config: "
            + rules
            + "\n    enable: [PG402]\n",
        StandardCharsets.UTF_8);

    CliRun run =
        cairn("migrate", "lint", "--config", project.toString(), "--env", "ci", "--latest", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("20240102000000_status_index.sql:2: warning PG101")
        .contains("20240102000000_status_index.sql:2: warning PG402")
        .contains("1 file linted: 0 errors, 2 warnings");
  }

  @Test
  void aSuppressedErrorNoLongerFailsTheRun() throws IOException {
    write(
        "20240103000000_reviewed_index.sql",
        "-- atlas:nolint PG101\nCREATE INDEX orders_id_idx ON orders (id);\n");

    CliRun run =
        cairn("migrate", "lint", "--dir", dir.toString(), "--latest", "1", "--format", "json");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("\"suppressed\": 1")
        .contains("\"errors\": 0")
        .contains("\"code\": \"PG101\"");
  }

  @Test
  void theRulesFileInTheWorkingDirectoryIsTheDefault() throws IOException {
    Files.writeString(tmp.resolve("cairn-lint.properties"), "disable = PG101\n");

    CliRun run =
        CliRun.cairn(Map.of(), tmp, "migrate", "lint", "--dir", dir.toString(), "--latest", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 file linted: 0 errors, 0 warnings");
  }

  @ParameterizedTest(name = "--color {0}")
  @CsvSource({"always, true", "never, false", "auto, false"})
  void colourComesFromTheSharedColorOption(String mode, boolean coloured) {
    // In-process runs are never on a terminal: auto means plain text.
    CliRun run =
        cairn("migrate", "lint", "--dir", dir.toString(), "--latest", "1", "--color", mode);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("PG101");
    assertThat(run.out().contains("\u001b[")).as(run.out()).isEqualTo(coloured);
  }

  @Test
  void machineFormatsAreNeverColoured() {
    CliRun run =
        cairn(
            "migrate",
            "lint",
            "--dir",
            dir.toString(),
            "--latest",
            "1",
            "--format",
            "json",
            "--color",
            "always");

    assertThat(run.out()).contains("\"code\": \"PG101\"").doesNotContain("\u001b[");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "--latest 1 --git-base main | mutually exclusive",
        "--latest 0 | --latest needs a count of at least 1",
        "--format xml | unknown lint format 'xml'",
        "--disable XX1 | 'XX1' names no lint rule",
        "--severity PG101=loud | unknown severity 'loud'",
        "--color sometimes | Invalid value for option '--color'",
        "--lint-config nope.properties | --lint-config nope.properties does not exist",
      })
  void mistakesAreUsageErrors(String args, String message) {
    String[] extra = args.split(" ");
    String[] all = new String[extra.length + 4];
    all[0] = "migrate";
    all[1] = "lint";
    all[2] = "--dir";
    all[3] = dir.toString();
    System.arraycopy(extra, 0, all, 4, extra.length);

    CliRun run = cairn(all);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }
}
