package dev.cairn.diff.internal.lint;

import dev.cairn.diff.internal.lint.rules.Analyzers;
import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.runtime.sql.SqlSplitter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the engine on in-memory files: an "existing" file replayed without judgement, then the
 * judged change. Directives are read with a small test-only pattern, since the point here is the
 * analysis, not directive parsing.
 */
public final class EngineHarness {
  private static final Pattern NOLINT =
      Pattern.compile("^--\\s*atlas:nolint(.*)$", Pattern.MULTILINE);

  /** What a run reported. */
  public record Outcome(List<Diagnostic> active, List<Diagnostic> suppressed) {
    /** The codes of the remaining diagnostics, as a set. */
    public Set<String> codes() {
      Set<String> s = new java.util.TreeSet<>();
      active.forEach(d -> s.add(d.code()));
      return s;
    }
  }

  private EngineHarness() {}

  /**
   * Lints {@code change} against the schema {@code existing} produces.
   *
   * @param db a fresh database
   * @param existing SQL already deployed (may be empty)
   * @param change the SQL being linted
   * @param config the configuration
   * @return the findings
   */
  public static Outcome lint(ScratchDatabase db, String existing, String change, LintConfig config)
      throws Exception {
    List<LintFile> files = new ArrayList<>();
    if (!existing.isBlank()) {
      files.add(file("20240101000000_existing.sql", existing));
    }
    LintFile judged = file("20240102000000_change.sql", change);
    files.add(judged);
    Findings findings = new Findings(config);
    try (Connection c = db.connect()) {
      new LintEngine(c, Analyzers.all(), findings).run(files, Set.of(judged.name()), false);
    }
    return new Outcome(findings.active(), findings.suppressed());
  }

  /** Builds a file, honouring {@code -- atlas:txmode none} and {@code -- atlas:nolint …}. */
  public static LintFile file(String name, String sql) {
    boolean none = sql.contains("-- atlas:txmode none");
    boolean nolintAll = false;
    List<String> nolint = new ArrayList<>();
    // Only a directive in the file header (before the first statement) applies to the file.
    String[] chunks = sql.split("\n\n", 2);
    String header = chunks[0];
    boolean isHeader = chunks.length == 2 && header.lines().allMatch(l -> l.startsWith("--"));
    Matcher m = NOLINT.matcher(header);
    if (isHeader && m.find()) {
      String rest = m.group(1).trim();
      if (rest.isEmpty()) {
        nolintAll = true;
      } else {
        nolint.addAll(List.of(rest.split("\\s+")));
      }
    }
    return new LintFile(
        name, name.substring(0, 14), SqlSplitter.split(sql), !none, nolintAll, nolint);
  }
}
