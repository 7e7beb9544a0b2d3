package dev.cairn.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every format is parsed back (JSON and SARIF with Jackson, independent of the writer) and checked
 * field by field; SARIF against the 2.1.0 structure GitHub code scanning requires.
 */
class LintFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Diagnostic INDEX =
      new Diagnostic(
          LintRule.PG101,
          Severity.ERROR,
          "20240102000000_index.sql",
          3,
          "CREATE INDEX orders_status_idx ON orders (status)",
          "Builds index orders_status_idx on existing table public.orders without CONCURRENTLY:"
              + " writes to the table wait for the whole build.",
          "SHARE on public.orders",
          "INSERT, UPDATE, DELETE (every write); reads continue on public.orders",
          "-- atlas:txmode none\nCREATE INDEX CONCURRENTLY orders_status_idx ON public.orders"
              + " USING btree (status);");
  private static final Diagnostic RENAME =
      new Diagnostic(
          LintRule.BC102,
          Severity.WARNING,
          "20240103000000_rename, \"odd\": name.sql",
          1,
          "ALTER TABLE users RENAME COLUMN a TO b",
          "Renames column a of existing table public.users to b: 100% of old queries fail.",
          null,
          null,
          null);
  private static final Diagnostic SILENCED =
      new Diagnostic(
          LintRule.DS103,
          Severity.ERROR,
          "20240103000000_drop.sql",
          7,
          "ALTER TABLE users DROP COLUMN c",
          "Drops column c.",
          null,
          null,
          null);

  private static LintReport report() {
    return new LintReport(
        "./db/migrations",
        List.of("20240102000000_index.sql", "20240103000000_rename, \"odd\": name.sql"),
        List.of(RENAME, INDEX),
        List.of(SILENCED),
        List.of());
  }

  @Test
  void jsonCarriesEveryFieldAndTheSummary() throws Exception {
    JsonNode root = JSON.readTree(LintFormat.JSON.render(report(), false));

    assertThat(root.get("directory").asText()).isEqualTo("./db/migrations");
    assertThat(root.get("summary").get("errors").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("suppressed").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("failed").asBoolean()).isTrue();
    JsonNode first = root.get("diagnostics").get(0);
    // Ordered by file, then line.
    assertThat(first.get("code").asText()).isEqualTo("PG101");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("file").asText()).isEqualTo("db/migrations/20240102000000_index.sql");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("lock").asText()).isEqualTo("SHARE on public.orders");
    assertThat(first.get("fix").asText()).contains("\nCREATE INDEX CONCURRENTLY");
    JsonNode second = root.get("diagnostics").get(1);
    assertThat(second.get("file").asText())
        .isEqualTo("db/migrations/20240103000000_rename, \"odd\": name.sql");
    assertThat(second.get("lock").isNull()).isTrue();
    assertThat(root.get("suppressed").get(0).get("code").asText()).isEqualTo("DS103");
  }

  @Test
  void sarifHasTheStructureCodeScanningNeeds() throws Exception {
    JsonNode root = JSON.readTree(LintFormat.SARIF.render(report(), false));

    assertThat(root.get("$schema").asText()).endsWith("sarif-2.1.0.json");
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs")).hasSize(1);
    JsonNode run = root.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("cairn-lint");
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(LintRule.values().length);
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      assertThat(ids.add(rule.get("id").asText())).isTrue();
      assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
      assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
      assertThat(rule.get("defaultConfiguration").get("level").asText())
          .isIn("none", "note", "warning", "error");
    }
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3);
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode result : results) {
      String ruleId = result.get("ruleId").asText();
      ruleIds.add(ruleId);
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(ruleId);
      assertThat(result.get("level").asText()).isIn("none", "note", "warning", "error");
      assertThat(result.get("message").get("text").asText()).isNotBlank();
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asText()).startsWith("db/migrations/");
      assertThat(physical.get("region").get("startLine").isInt()).isTrue();
      assertThat(physical.get("region").get("startLine").asInt()).isPositive();
    }
    assertThat(ruleIds).containsExactly("PG101", "BC102", "DS103");
    JsonNode pg101 = results.get(0);
    assertThat(pg101.get("level").asText()).isEqualTo("error");
    assertThat(
            pg101
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .asInt())
        .isEqualTo(3);
    assertThat(pg101.get("message").get("text").asText())
        .contains("Lock: SHARE on public.orders")
        .contains("CREATE INDEX CONCURRENTLY");
    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(pg101.has("suppressions")).isFalse();
    JsonNode silenced = results.get(2);
    assertThat(silenced.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
  }

  @Test
  void githubAnnotationsEscapeDataAndProperties() {
    String out = LintFormat.GITHUB.render(report(), false);
    List<String> lines = out.lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith(
            "::error file=db/migrations/20240102000000_index.sql,line=3,title=PG101 Index built"
                + " without CONCURRENTLY::Builds index")
        .contains("%0AInstead:%0A-- atlas:txmode none%0ACREATE INDEX CONCURRENTLY")
        .doesNotContain("\n");
    // ',' and ':' in a property would end it early; '%' in data must be escaped first.
    assertThat(lines.get(1))
        .startsWith(
            "::warning file=db/migrations/20240103000000_rename%2C \"odd\"%3A name.sql,line=1,")
        .contains("100%25 of old queries fail");
    assertThat(lines.get(2)).isEqualTo("cairn migrate lint: 1 error, 1 warning in 2 files");
  }

  @Test
  void textUsesColourOnlyWhenAsked() {
    String plain = LintFormat.TEXT.render(report(), false);
    String coloured = LintFormat.TEXT.render(report(), true);

    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).contains("\u001b[31m");
    assertThat(plain)
        .contains("db/migrations/20240102000000_index.sql:3: error PG101 Index built without")
        .contains("  lock:   SHARE on public.orders")
        .contains("    CREATE INDEX CONCURRENTLY orders_status_idx")
        .endsWith("2 files linted: 1 error, 1 warning, 0 infos (1 suppressed by atlas:nolint)\n");
  }

  @Test
  void formatsParseByName() {
    assertThat(LintFormat.parse("Sarif")).isEqualTo(LintFormat.SARIF);
    assertThat(LintFormat.parse(" github ")).isEqualTo(LintFormat.GITHUB);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LintFormat.parse("xml"))
        .hasMessageContaining("text, json, sarif or github");
  }
}
