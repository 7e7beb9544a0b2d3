package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The options every command shares: {@code cairn.yaml} environments, {@code CAIRN_*} variables,
 * credentials, {@code --format json} errors, colour, exit codes. Exercised through a test command
 * built from the same mixins as the real ones.
 */
class SharedOptionsTest {
  @TempDir Path tmp;

  private static final String YAML =
      """
      env:
        dev:
          url: postgres://app:${DB_PW}@db.local:5432/shop?sslmode=disable
          schemas: [public, billing]
          wait: 30s
          dry-run: true
          dir: file://db/migrations
          connect-retry: 5s
        prod:
          url: jdbc:postgresql://prod.db/shop
          user: deployer
          password: ${PROD_PW:-fallback-pw}
      """;

  private CliRun probe(Map<String, String> vars, String... args) {
    return CliRun.run(
        Main.commandLine(CliRun.environment(vars, tmp, false), new ProbeCommand()), args);
  }

  private CliRun probe(String... args) {
    return probe(Map.of("DB_PW", "pw-from-env"), args);
  }

  private void yaml(String name, String text) throws IOException {
    Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void withoutConfigurationTheBuiltInDefaultsApply() {
    CliRun run = probe(Map.of(), "probe");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("display=(no database URL)")
        .contains("dir=file://migrations")
        .contains("wait=PT10M")
        .contains("connectRetry=PT30S")
        .contains("dryRun=false")
        .contains("schemas=[]");
  }

  @Test
  void environmentVariablesSupplyTheConnection() {
    CliRun run =
        probe(
            Map.of(
                "CAIRN_URL", "postgres://app:url-pw@db/shop",
                "CAIRN_PASSWORD", "var-pw",
                "CAIRN_DIR", "file://from/var"),
            "probe");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("display=jdbc:postgresql://db/shop (user app)")
        .contains("jdbcUrl=jdbc:postgresql://db/shop")
        .contains("password=Optional[var-pw]")
        .contains("dir=file://from/var");
  }

  @Test
  void theSelectedEnvironmentSuppliesEveryOption() throws IOException {
    yaml("cairn.yaml", YAML);
    CliRun run = probe("probe", "--env", "dev", "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            {
              "display": "jdbc:postgresql://db.local:5432/shop?sslmode=disable (user app)",
              "jdbcUrl": "jdbc:postgresql://db.local:5432/shop?sslmode=disable",
              "user": "app",
              "password": "pw-from-env",
              "connectRetry": "PT5S",
              "dir": "file://db/migrations",
              "schemas": [
                "public",
                "billing"
              ],
              "excludes": [],
              "wait": "PT30S",
              "dryRun": true,
              "colors": false
            }
            """);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          probe --env prod                                   | display=jdbc:postgresql://prod.db/shop (user deployer)
          --env prod probe                                   | display=jdbc:postgresql://prod.db/shop (user deployer)
          probe --env prod --user admin                      | display=jdbc:postgresql://prod.db/shop (user admin)
          probe --env prod --url jdbc:postgresql://other/x   | display=jdbc:postgresql://other/x (user deployer)
          --env dev probe --env prod                         | display=jdbc:postgresql://prod.db/shop (user deployer)
          probe --env dev --wait 1m30s                       | wait=PT1M30S
          probe --env dev --schema x                         | schemas=[x]
          probe --env prod                                   | password=Optional[fallback-pw]
          """)
  void explicitOptionsWinAndEnvCanBeGivenAnywhere(String args, String expected) throws IOException {
    yaml("cairn.yaml", YAML);
    CliRun run = probe(args.split(" "));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(expected);
  }

  @Test
  void theConfigurationWinsOverCairnVariablesAndCairnEnvSelects() throws IOException {
    yaml("cairn.yml", YAML);
    Map<String, String> vars = new HashMap<>();
    vars.put("CAIRN_ENV", "prod");
    vars.put("CAIRN_URL", "jdbc:postgresql://from-variable/x");
    vars.put("PROD_PW", "prod-secret");
    CliRun run = probe(vars, "probe");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("jdbcUrl=jdbc:postgresql://prod.db/shop")
        .contains("password=Optional[prod-secret]");
  }

  @Test
  void configFileGivenExplicitlyRelativeToTheWorkingDirectory() throws IOException {
    Files.createDirectories(tmp.resolve("conf"));
    yaml("conf/deploy.yaml", "env:\n  ci:\n    url: jdbc:postgresql://ci/db\n");
    CliRun run = probe(Map.of(), "probe", "--config", "conf/deploy.yaml", "--env", "ci");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("jdbcUrl=jdbc:postgresql://ci/db");
  }

  @Test
  void dollarSignsReachTheCommandUnchanged() throws IOException {
    yaml("cairn.yaml", "env:\n  dev:\n    password: ${PW}\n    user: a$$b\n    url: x\n");
    // The variable's value is not interpolated again: it holds what picocli would read as ${…}.
    CliRun run =
        probe(
            Map.of("PW", "p${HOME}$$q$"),
            "probe",
            "--env",
            "dev",
            "--url",
            "jdbc:postgresql://h/d");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("password=Optional[p${HOME}$$q$]").contains("(user a$b)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          probe --env staging                  | environment 'staging' is not defined in
          probe --env prod --config nope.yaml  | configuration file
          probe --config cairn.yaml            | --config cairn.yaml needs --env NAME to select an environment (defined: dev, prod)
          probe --env typo                     | defined: dev, prod
          """)
  void configurationMistakesAreUsageErrors(String args, String message) throws IOException {
    yaml("cairn.yaml", YAML);
    CliRun run = probe(args.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains(message);
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'lock_timeout: x'  | env 'dev' has unknown key 'lock_timeout' (did you mean 'lock-timeout'?)
          'wiat: 3s'         | unknown key 'wiat' (did you mean 'wait'?)
          'frobnicate: 1'    | unknown key 'frobnicate'; keys are the long option names
          'env: prod'        | key 'env' cannot be set in the configuration file
          'url: ${NOPE}'     | key 'url' needs the environment variable NOPE, which is not set
          'url: [a, b]'      | several values for 'url' but --url of 'cairn probe' takes one value
          'exclude: [a, b]'  | several values for 'exclude' but --exclude of 'cairn probe' takes one value per occurrence
          """)
  void badKeysAndValuesAreUsageErrors(String setting, String message) throws IOException {
    yaml("cairn.yaml", "env:\n  dev:\n    " + setting + "\n");
    CliRun run = probe("probe", "--env", "dev");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void envWithoutAConfigurationFile() {
    CliRun run = probe("probe", "--env", "dev");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--env dev selects an environment of the project configuration, but there is no")
        .contains("create one or give --config FILE");
  }

  @Test
  void twoConfigurationFilesAreAmbiguous() throws IOException {
    yaml("cairn.yaml", YAML);
    yaml("cairn.yml", YAML);
    CliRun run = probe("probe", "--env", "dev");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("both cairn.yaml and cairn.yml exist");
  }

  @Test
  void helpNeverShowsConfiguredSecrets() throws IOException {
    yaml(
        "cairn.yaml",
        """
        env:
          dev:
            url: postgres://app:url-secret@db/shop
            password: pw-secret
            dev-url: jdbc:postgresql://dev/x?user=u&password=dev-secret
        """);
    CliRun run =
        CliRun.run(
            Main.commandLine(CliRun.environment(Map.of(), tmp, false), new ShowDefaults()),
            "show-defaults",
            "--env",
            "dev",
            "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Default: postgres://app:***@db/shop")
        .contains("Default: ***")
        .contains("user=u&password=***")
        .doesNotContain("secret");
  }

  /** A command that shows every default in its help, as a careless command might. */
  @picocli.CommandLine.Command(
      name = "show-defaults",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "Shows defaults.",
      footer = "  cairn show-defaults")
  static final class ShowDefaults implements Runnable {
    @picocli.CommandLine.Mixin DatabaseOptions db;

    @picocli.CommandLine.Option(names = "--dev-url", description = "Dev.")
    String devUrl;

    @Override
    public void run() {}
  }

  // --- errors, exit codes and JSON -----------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "CHECKSUM_MISMATCH, 1",
    "DEV_DATABASE_UNAVAILABLE, 3",
    "DIRECTORY_NOT_FOUND, 2",
    "INTERNAL_ERROR, 4"
  })
  void cairnFailuresMapToDocumentedExitCodesAndJson(String code, int exit) {
    CliRun run = probe("probe", "--fail", code, "--format", "json");
    assertThat(run.exitCode()).isEqualTo(exit);
    assertThat(run.err()).isEqualTo("error: probe failed on purpose \"quoted\"\n");
    assertThat(run.out())
        .isEqualTo(
            "{\n  \"error\": {\n    \"code\": \""
                + code
                + "\",\n    \"exitCode\": "
                + exit
                + ",\n    \"message\": \"probe failed on purpose \\\"quoted\\\"\"\n  }\n}\n");
  }

  @Test
  void textFailuresPrintOnlyToStandardError() {
    CliRun run = probe("probe", "--fail", "CHECKSUM_MISMATCH");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unexpectedExceptionsAreInternalErrors() {
    CliRun run = probe("probe", "--crash");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .startsWith("internal error: java.lang.IllegalStateException: probe crashed")
        .contains("run with --verbose");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          probe --wait ten                    | 'ten' is not a duration
          probe --format yaml                 | Invalid value for option '--format'
          probe --url mysql://h/d             | --url: 'mysql://h/d' is not a database URL
          probe --color sometimes             | Invalid value for option '--color'
          probe --nope                        | Unknown option: '--nope'
          """)
  void badOptionValuesAreUsageErrors(String args, String message) {
    CliRun run = probe(args.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).endsWith("Run 'cairn probe --help' for usage.\n");
  }

  @ParameterizedTest
  @CsvSource({
    // terminal, NO_COLOR, CI, TERM, --color, expected colours
    "true, , , xterm, auto, true",
    "true, 1, , xterm, auto, false",
    "true, , true, xterm, auto, false",
    "true, , false, xterm, auto, true",
    "true, , , dumb, auto, false",
    "false, , , xterm, auto, false",
    "false, , , xterm, always, true",
    "true, , , xterm, never, false",
    "true, 1, , xterm, ALWAYS, true",
  })
  void coloursOnlyOnATerminal(
      boolean terminal, String noColor, String ci, String term, String mode, boolean expected) {
    Map<String, String> vars = new HashMap<>();
    if (noColor != null) {
      vars.put("NO_COLOR", noColor);
    }
    if (ci != null) {
      vars.put("CI", ci);
    }
    vars.put("TERM", term);
    CliRun run =
        CliRun.run(
            Main.commandLine(CliRun.environment(vars, tmp, terminal), new ProbeCommand()),
            "probe",
            "--color",
            mode);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("colors=" + expected);
  }
}
