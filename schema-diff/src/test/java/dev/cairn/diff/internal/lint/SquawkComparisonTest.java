package dev.cairn.diff.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.diff.lint.FileSelection;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.diff.lint.LintReport;
import dev.cairn.diff.lint.Linter;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs Cairn and squawk side by side on the shared corpus and on Documenso, and writes the
 * comparison tables to {@code target/lint-vs-squawk-*.md} (summarised in docs/lint-vs-squawk.md).
 * Off by default: it needs the squawk binary, given with {@code -Dcairn.squawk=PATH}.
 */
@EnabledIfSystemProperty(named = "cairn.squawk", matches = ".+")
@WithPostgres
class SquawkComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hygiene rules that fire on nearly every statement; left out of the "tuned" run. */
  static final List<String> HYGIENE =
      List.of("prefer-robust-stmts", "require-statement-timeout", "require-lock-timeout");

  private final String squawk = System.getProperty("cairn.squawk");

  @Test
  void corpus(ScratchDatabase db) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("| case | verdict | Cairn | squawk (tuned) | squawk (defaults) |\n")
        .append("|---|---|---|---|---|\n");
    int dangerous = 0;
    int cairnCaught = 0;
    int squawkCaught = 0;
    int squawkDefaultCaught = 0;
    int safe = 0;
    int cairnAlarms = 0;
    int squawkAlarms = 0;
    int squawkDefaultAlarms = 0;
    List<String> cairnMisses = new ArrayList<>();
    for (CorpusCase c : CorpusCase.all()) {
      CorpusTest.empty(db);
      Set<String> cairn = EngineHarness.lint(db, c.existing(), c.change(), c.config()).codes();
      Path change = CorpusCase.root().resolve(c.name()).resolve("change.sql");
      boolean none = c.change().contains("atlas:txmode none");
      Set<String> tuned = squawk(change, tunedArgs(none));
      Set<String> defaults = squawk(change, List.of());
      md.append("| ")
          .append(c.name())
          .append(" | ")
          .append(c.verdict())
          .append(" | ")
          .append(cairn.isEmpty() ? "–" : String.join(" ", cairn))
          .append(" | ")
          .append(tuned.isEmpty() ? "–" : String.join(" ", tuned))
          .append(" | ")
          .append(defaults.isEmpty() ? "–" : String.join(" ", defaults))
          .append(" |\n");
      if (c.verdict().equals("dangerous")) {
        dangerous++;
        cairnCaught += cairn.isEmpty() ? 0 : 1;
        squawkCaught += tuned.isEmpty() ? 0 : 1;
        squawkDefaultCaught += defaults.isEmpty() ? 0 : 1;
        if (cairn.isEmpty()) {
          cairnMisses.add(c.name());
        }
      } else if (c.verdict().equals("safe")) {
        safe++;
        cairnAlarms += cairn.isEmpty() ? 0 : 1;
        squawkAlarms += tuned.isEmpty() ? 0 : 1;
        squawkDefaultAlarms += defaults.isEmpty() ? 0 : 1;
      }
    }
    md.append("\n")
        .append(
            String.format(
                "dangerous cases caught: Cairn %d/%d, squawk tuned %d/%d, squawk defaults %d/%d%n",
                cairnCaught, dangerous, squawkCaught, dangerous, squawkDefaultCaught, dangerous))
        .append(
            String.format(
                "safe cases flagged: Cairn %d/%d, squawk tuned %d/%d, squawk defaults %d/%d%n",
                cairnAlarms, safe, squawkAlarms, safe, squawkDefaultAlarms, safe));
    write("lint-vs-squawk-corpus.md", md.toString());

    assertThat(cairnMisses).isEmpty();
    assertThat(cairnAlarms).isZero();
  }

  @Test
  void documenso() throws Exception {
    Path dir = dev.cairn.diff.lint.DocumensoFiles.dir().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "no shared/corpus/documenso");
    long start = System.nanoTime();
    LintReport report =
        Linter.builder()
            .directory(dir)
            .select(FileSelection.all())
            .config(LintConfig.defaults())
            .build()
            .lint();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    Map<String, Set<String>> cairnByFile = new TreeMap<>();
    Map<String, Integer> cairnCounts = new TreeMap<>();
    for (Diagnostic d : report.diagnostics()) {
      cairnByFile.computeIfAbsent(d.file(), f -> new TreeSet<>()).add(d.code());
      cairnCounts.merge(d.code(), 1, Integer::sum);
    }
    Map<String, Set<String>> squawkByFile = new TreeMap<>();
    Map<String, Integer> squawkCounts = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode v : squawkJson(f, tunedArgs(false))) {
        String rule = v.get("rule_name").asText();
        squawkByFile.computeIfAbsent(f.getFileName().toString(), x -> new TreeSet<>()).add(rule);
        squawkCounts.merge(rule, 1, Integer::sum);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            "files: %d; flagged by Cairn: %d; by squawk (tuned): %d; by both: %d%n%n",
            files.size(),
            cairnByFile.size(),
            squawkByFile.size(),
            cairnByFile.keySet().stream().filter(squawkByFile::containsKey).count()));
    md.append(
        String.format(
            "Cairn: %d findings (%d errors, %d warnings, %d suppressed), %d files linted,"
                + " %d skipped, %d s%n%n",
            report.diagnostics().size(),
            report.count(dev.cairn.diff.lint.Severity.ERROR),
            report.count(dev.cairn.diff.lint.Severity.WARNING),
            report.suppressed().size(),
            report.files().size(),
            report.skipped().size(),
            seconds));
    md.append("Cairn diagnostics by code: ").append(cairnCounts).append("\n\n");
    md.append("squawk (tuned) violations by rule: ").append(squawkCounts).append("\n\n");
    md.append("| file | Cairn | squawk (tuned) |\n|---|---|---|\n");
    Set<String> all = new TreeSet<>(cairnByFile.keySet());
    all.addAll(squawkByFile.keySet());
    for (String f : all) {
      md.append("| ")
          .append(f)
          .append(" | ")
          .append(String.join(" ", cairnByFile.getOrDefault(f, Set.of())))
          .append(" | ")
          .append(String.join(" ", squawkByFile.getOrDefault(f, Set.of())))
          .append(" |\n");
    }
    write("lint-vs-squawk-documenso.md", md.toString());
    write("lint-documenso.txt", dev.cairn.diff.lint.LintFormat.TEXT.render(report, false));
    assertThat(report.files()).hasSize(files.size());
  }

  private static List<String> tunedArgs(boolean txmodeNone) {
    return List.of(
        "--pg-version=17",
        txmodeNone ? "--no-assume-in-transaction" : "--assume-in-transaction",
        "--exclude=" + String.join(",", HYGIENE));
  }

  private Set<String> squawk(Path file, List<String> args) throws Exception {
    Set<String> rules = new TreeSet<>();
    for (JsonNode v : squawkJson(file, args)) {
      rules.add(v.get("rule_name").asText());
    }
    return rules;
  }

  private List<JsonNode> squawkJson(Path file, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(squawk);
    cmd.add("--reporter=json");
    cmd.addAll(args);
    cmd.add(file.toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    List<JsonNode> list = new ArrayList<>();
    if (!out.isEmpty()) {
      JSON.readTree(out).forEach(list::add);
    }
    return list;
  }

  private static void write(String name, String content) throws Exception {
    Path target = Path.of("target", name);
    Files.writeString(target, content, StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  static String join(Set<String> s) {
    return s.stream().collect(Collectors.joining(" "));
  }
}
