package dev.cairn.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectConfigTest {
  private static final Map<String, String> VARS =
      Map.of("HOST", "db.internal", "PW", "s3cr$t", "EMPTY", "");

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain                           | plain
          ${HOST}                         | db.internal
          jdbc:postgresql://${HOST}/app   | jdbc:postgresql://db.internal/app
          ${MISSING:-fallback}            | fallback
          ${EMPTY:-fallback}              | fallback
          ${HOST:-fallback}               | db.internal
          ${MISSING:-}                    | ''
          [${EMPTY}]                      | []
          ${PW}                           | s3cr$t
          cost: $$5                       | cost: $5
          $HOST stays                     | $HOST stays
          a$                              | a$
          $${HOST}                        | ${HOST}
          ${MISSING:-a:-b}                | a:-b
          """)
  void interpolatesEnvironmentVariables(String text, String expected) {
    assertThat(ProjectConfig.interpolate(text, VARS::get, "k")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ${MISSING}       | k needs the environment variable MISSING, which is not set
          x ${HOST         | k: unclosed '${'
          ${1BAD}          | k: '${1BAD}' does not name an environment variable
          ${}              | k: '${}' does not name an environment variable
          """)
  void rejectsUnsetAndMalformedReferences(String text, String message) {
    assertThatThrownBy(() -> ProjectConfig.interpolate(text, VARS::get, "k"))
        .isInstanceOf(ProjectConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void readsEnvironmentsWithListsAndKeepsScalarsAsWritten() throws IOException {
    Path file =
        write(
            """
            env:
              dev:
                url: jdbc:postgresql://${HOST}:5432/app
                password: ${PW}
                baseline: 0123
                dry-run: yes
                ratio: 1.10
                schema: [public, billing]
                empty:
              prod:
                url: ${PROD_URL}
            """);
    ProjectConfig config = ProjectConfig.load(file);
    assertThat(config.environments()).containsExactly("dev", "prod");
    Map<String, List<String>> dev = config.environment("dev", VARS::get);
    assertThat(dev)
        .containsExactly(
            Map.entry("url", List.of("jdbc:postgresql://db.internal:5432/app")),
            Map.entry("password", List.of("s3cr$t")),
            Map.entry("baseline", List.of("0123")),
            Map.entry("dry-run", List.of("yes")),
            Map.entry("ratio", List.of("1.10")),
            Map.entry("schema", List.of("public", "billing")));
    // prod's unset variable does not matter while dev is selected, but does when prod is.
    assertThatThrownBy(() -> config.environment("prod", VARS::get))
        .hasMessageContaining("env 'prod', key 'url' needs the environment variable PROD_URL");
  }

  @Test
  void yamlAnchorsShareSettingsBetweenEnvironments() throws IOException {
    Path file =
        write(
            """
            env:
              dev: &common
                dir: file://db/migrations
                dev-url: embedded:postgres:16
              prod:
                <<: *common
                url: jdbc:postgresql://prod/app
            """);
    assertThat(ProjectConfig.load(file).environment("prod", VARS::get))
        .containsEntry("dir", List.of("file://db/migrations"))
        .containsEntry("dev-url", List.of("embedded:postgres:16"))
        .containsEntry("url", List.of("jdbc:postgresql://prod/app"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          ""                                         | is empty
          "- a"                                      | must be a YAML map with an 'env:' key
          "envs: {}"                                 | unknown top-level key 'envs'
          "env: {}"                                  | 'env:' must map environment names
          "env: [a]"                                 | 'env:' must map environment names
          "env: {dev: [a]}"                          | env 'dev' must be a map of option names
          "env: {dev: {url: {a: b}}}"                | env 'dev', key 'url' must be a value or a list
          "env: {dev: {schema: [[a]]}}"              | env 'dev', key 'schema' must be a value or a list
          "env: {dev: {url: a, url: b}}"             | is not valid YAML
          "env: {dev: {url: [a}"                     | is not valid YAML
          """)
  void rejectsMisshapenFiles(String yaml, String message) throws IOException {
    Path file = write(yaml);
    assertThatThrownBy(() -> ProjectConfig.load(file))
        .isInstanceOf(ProjectConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(message);
  }

  @Test
  void unknownEnvironmentListsTheDefinedOnes() throws IOException {
    ProjectConfig config = ProjectConfig.load(write("env: {dev: {}, prod: {}}"));
    assertThatThrownBy(() -> config.environment("staging", VARS::get))
        .hasMessageContaining("environment 'staging' is not defined in")
        .hasMessageEndingWith("defined: dev, prod");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> ProjectConfig.load(tmp.resolve("nope.yaml")))
        .hasMessageEndingWith("nope.yaml does not exist");
  }

  private Path write(String yaml) throws IOException {
    Path file = tmp.resolve("cairn.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
