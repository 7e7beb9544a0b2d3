package dev.cairn.diff.internal.lint;

import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.diff.lint.LintConfig;
import dev.cairn.diff.lint.LintRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what analyzers report, applying the configuration (disabled rules, severities) and
 * {@code atlas:nolint} suppression (file directive or comment directly above the statement).
 */
public final class Findings {
  private final LintConfig config;
  private final Set<Diagnostic> active = new LinkedHashSet<>();
  private final Set<Diagnostic> suppressed = new LinkedHashSet<>();
  private final java.util.Map<String, Set<LintRule>> detected = new java.util.HashMap<>();
  private int reports;

  /**
   * Creates a collector.
   *
   * @param config the configuration
   */
  public Findings(LintConfig config) {
    this.config = config;
  }

  /**
   * The configuration.
   *
   * @return the configuration in effect
   */
  public LintConfig config() {
    return config;
  }

  /**
   * Whether a rule runs; analyzers may skip work for rules that do not.
   *
   * @param rule the rule
   * @return true if enabled
   */
  public boolean enabled(LintRule rule) {
    return config.isEnabled(rule);
  }

  /**
   * Reports a finding about a statement.
   *
   * @param rule the rule
   * @param ctx the statement
   * @param message what happens
   * @param lock the lock taken, or null
   * @param blocks what it blocks, or null
   * @param fix the safe alternative in SQL, or null
   */
  public void report(
      LintRule rule, StatementContext ctx, String message, String lock, String blocks, String fix) {
    Optional<List<String>> statementNolint =
        Suppressions.statementDirective(ctx.statement().comments());
    add(
        rule,
        ctx.file(),
        ctx.statement().line(),
        ctx.abbreviated(),
        message,
        lock,
        blocks,
        fix,
        statementNolint);
  }

  /**
   * Reports a finding about a whole file (line 1), honouring only the file directive.
   *
   * @param rule the rule
   * @param file the file
   * @param message what is wrong
   * @param fix what to do, or null
   */
  public void reportFile(LintRule rule, LintFile file, String message, String fix) {
    add(rule, file, 1, "", message, null, null, fix, Optional.empty());
  }

  /**
   * Reports a finding about a statement that has no execution context (it failed).
   *
   * @param rule the rule
   * @param file the file
   * @param line the statement's line
   * @param statement the abbreviated statement
   * @param comments the comments above it
   * @param message what happened
   */
  public void reportAt(
      LintRule rule,
      LintFile file,
      int line,
      String statement,
      List<String> comments,
      String message) {
    add(
        rule,
        file,
        line,
        statement,
        message,
        null,
        null,
        null,
        Suppressions.statementDirective(comments));
  }

  private void add(
      LintRule rule,
      LintFile file,
      int line,
      String statement,
      String message,
      String lock,
      String blocks,
      String fix,
      Optional<List<String>> statementNolint) {
    detected.computeIfAbsent(file.name(), f -> new LinkedHashSet<>()).add(rule);
    reports++;
    if (!config.isEnabled(rule)) {
      return;
    }
    Diagnostic d =
        new Diagnostic(
            rule,
            config.severityOf(rule),
            file.name(),
            line,
            statement,
            message,
            lock,
            blocks,
            fix);
    boolean silenced =
        file.nolintAll()
            || (!file.nolint().isEmpty() && Suppressions.silences(file.nolint(), rule))
            || statementNolint.map(s -> Suppressions.silences(s, rule)).orElse(false);
    (silenced ? suppressed : active).add(d);
  }

  /**
   * The rules that fired on a file, whether enabled, suppressed or not (e.g. for "destructive
   * change without a down migration").
   *
   * @param file the file name
   * @return the rules
   */
  public Set<LintRule> detected(String file) {
    return detected.getOrDefault(file, Set.of());
  }

  /**
   * How many findings analyzers reported so far, enabled or not: lets an analyzer tell whether an
   * earlier check already explained a statement.
   *
   * @return the count
   */
  public int reportCount() {
    return reports;
  }

  /**
   * The findings that remain.
   *
   * @return in report order of arrival
   */
  public List<Diagnostic> active() {
    return new ArrayList<>(active);
  }

  /**
   * The findings silenced by {@code atlas:nolint}.
   *
   * @return in order of arrival
   */
  public List<Diagnostic> suppressed() {
    return new ArrayList<>(suppressed);
  }
}
