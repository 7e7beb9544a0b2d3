package dev.cairn.diff.lint;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which rules run and how severe they are. Selectors are rule codes ({@code PG101}), group prefixes
 * ({@code DS}) or code prefixes ({@code PG1}); the most specific matching selector wins.
 *
 * <p>A {@code cairn-lint.properties} file looks like this:
 *
 * <pre>
 * # rules or groups to turn off / turn on (opt-in rules are off by default)
 * disable = BC103, BC104
 * enable = PG402, NM
 * # severities: error, warning or info
 * severity.PG102 = error
 * severity.MF = error
 * # naming patterns for NM103 (kinds: table, column, index, constraint, sequence, schema)
 * naming.index.pattern = ^(idx|ux)_[a-z0-9_]+$
 * # where down migrations live, relative to the migration directory (CH102)
 * down.directory = down
 * </pre>
 *
 * @param disabled selectors of rules to turn off
 * @param enabled selectors of rules to turn on (needed for opt-in rules)
 * @param severities severity overrides by selector
 * @param namingPatterns regular expressions by object kind for NM103
 * @param downDirectory where down migrations live, relative to the migration directory
 */
public record LintConfig(
    Set<String> disabled,
    Set<String> enabled,
    Map<String, Severity> severities,
    Map<String, String> namingPatterns,
    String downDirectory) {

  /** The default name of the configuration file, looked up in the working directory. */
  public static final String FILE_NAME = "cairn-lint.properties";

  /** The object kinds a naming pattern may be given for. */
  public static final List<String> NAMING_KINDS =
      List.of("schema", "table", "column", "index", "constraint", "sequence");

  private static final String SNAKE_CASE = "^[a-z_][a-z0-9_]*$";

  /** Normalises and validates every selector and pattern. */
  public LintConfig {
    disabled = normalise(disabled);
    enabled = normalise(enabled);
    Map<String, Severity> sev = new TreeMap<>();
    severities.forEach((k, v) -> sev.put(checkSelector(k), v));
    severities = Map.copyOf(sev);
    Map<String, String> names = new TreeMap<>();
    namingPatterns.forEach(
        (k, v) -> {
          String kind = k.trim().toLowerCase(Locale.ROOT);
          if (!NAMING_KINDS.contains(kind)) {
            throw new CairnException(
                ErrorCode.LINT_CONFIG_INVALID,
                "unknown naming kind '" + k + "': use one of " + NAMING_KINDS);
          }
          try {
            Pattern.compile(v);
          } catch (PatternSyntaxException e) {
            throw new CairnException(
                ErrorCode.LINT_CONFIG_INVALID,
                "naming." + kind + ".pattern is not a valid regular expression: " + e.getMessage(),
                e);
          }
          names.put(kind, v);
        });
    namingPatterns = Map.copyOf(names);
    if (downDirectory == null || downDirectory.isBlank()) {
      downDirectory = "down";
    }
  }

  /**
   * The defaults: every rule that is not opt-in, at its default severity.
   *
   * @return the default configuration
   */
  public static LintConfig defaults() {
    return new LintConfig(Set.of(), Set.of(), Map.of(), Map.of(), "down");
  }

  /**
   * Reads a {@code cairn-lint.properties} file.
   *
   * @param file the file
   * @return the configuration
   * @throws CairnException if a key, selector, severity or pattern is invalid
   * @throws CairnException if the file cannot be read
   */
  public static LintConfig load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.LINT_CONFIG_INVALID,
          "cannot read lint configuration " + file + ": " + e.getMessage(),
          e);
    }
    try {
      return fromProperties(p);
    } catch (CairnException e) {
      throw new CairnException(ErrorCode.LINT_CONFIG_INVALID, file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a configuration from properties (the keys of {@code cairn-lint.properties}).
   *
   * @param properties the properties
   * @return the configuration
   * @throws CairnException on an unknown key or an invalid value
   */
  public static LintConfig fromProperties(Properties properties) {
    Set<String> disabled = new LinkedHashSet<>();
    Set<String> enabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, String> naming = new LinkedHashMap<>();
    String down = "down";
    for (String key : new TreeMap<>(toMap(properties)).keySet()) {
      String value = properties.getProperty(key).trim();
      if (key.equals("disable")) {
        disabled.addAll(list(value));
      } else if (key.equals("enable")) {
        enabled.addAll(list(value));
      } else if (key.startsWith("severity.")) {
        severities.put(key.substring("severity.".length()), Severity.parse(value));
      } else if (key.startsWith("naming.") && key.endsWith(".pattern")) {
        naming.put(key.substring("naming.".length(), key.length() - ".pattern".length()), value);
      } else if (key.equals("down.directory")) {
        down = value;
      } else {
        throw new CairnException(
            ErrorCode.LINT_CONFIG_INVALID,
            "unknown key '"
                + key
                + "': use disable, enable, severity.<code>, naming.<kind>.pattern or"
                + " down.directory");
      }
    }
    return new LintConfig(disabled, enabled, severities, naming, down);
  }

  /**
   * This configuration with more rules turned off.
   *
   * @param selectors codes or prefixes
   * @return a copy
   */
  public LintConfig disable(String... selectors) {
    Set<String> d = new LinkedHashSet<>(disabled);
    d.addAll(Arrays.asList(selectors));
    Set<String> e = new LinkedHashSet<>(enabled);
    Arrays.stream(selectors).map(LintConfig::checkSelector).forEach(e::remove);
    return new LintConfig(d, e, severities, namingPatterns, downDirectory);
  }

  /**
   * This configuration with more rules turned on.
   *
   * @param selectors codes or prefixes
   * @return a copy
   */
  public LintConfig enable(String... selectors) {
    Set<String> e = new LinkedHashSet<>(enabled);
    e.addAll(Arrays.asList(selectors));
    Set<String> d = new LinkedHashSet<>(disabled);
    Arrays.stream(selectors).map(LintConfig::checkSelector).forEach(d::remove);
    return new LintConfig(d, e, severities, namingPatterns, downDirectory);
  }

  /**
   * This configuration with a severity override.
   *
   * @param selector a code or prefix
   * @param severity the severity
   * @return a copy
   */
  public LintConfig withSeverity(String selector, Severity severity) {
    Map<String, Severity> s = new LinkedHashMap<>(severities);
    s.put(checkSelector(selector), severity);
    return new LintConfig(disabled, enabled, s, namingPatterns, downDirectory);
  }

  /**
   * This configuration with a naming pattern for NM103.
   *
   * @param kind one of {@link #NAMING_KINDS}
   * @param regex the pattern names of that kind must match
   * @return a copy
   */
  public LintConfig withNamingPattern(String kind, String regex) {
    Map<String, String> n = new LinkedHashMap<>(namingPatterns);
    n.put(kind, regex);
    return new LintConfig(disabled, enabled, severities, n, downDirectory);
  }

  /**
   * Whether a rule runs: the longest selector in {@code enabled} or {@code disabled} that matches
   * decides (disabled wins a tie); without one, every rule but the opt-in ones runs.
   *
   * @param rule the rule
   * @return true if the rule runs
   */
  public boolean isEnabled(LintRule rule) {
    int on = longestMatch(enabled, rule);
    int off = longestMatch(disabled, rule);
    if (on < 0 && off < 0) {
      return !rule.optIn();
    }
    return on > off;
  }

  /**
   * The severity a rule reports with: the longest matching override, else the rule's default.
   *
   * @param rule the rule
   * @return the severity
   */
  public Severity severityOf(LintRule rule) {
    String best = null;
    for (String s : severities.keySet()) {
      if (rule.matches(s) && (best == null || s.length() > best.length())) {
        best = s;
      }
    }
    return best == null ? rule.defaultSeverity() : severities.get(best);
  }

  /**
   * The pattern names of a kind must match for NM103.
   *
   * @param kind one of {@link #NAMING_KINDS}
   * @return the configured pattern, else snake_case
   */
  public Pattern namingPattern(String kind) {
    return Pattern.compile(namingPatterns.getOrDefault(kind, SNAKE_CASE));
  }

  private static int longestMatch(Set<String> selectors, LintRule rule) {
    int best = -1;
    for (String s : selectors) {
      if (rule.matches(s)) {
        best = Math.max(best, s.length());
      }
    }
    return best;
  }

  private static Set<String> normalise(Set<String> selectors) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : selectors) {
      out.add(checkSelector(s));
    }
    return Set.copyOf(out);
  }

  private static String checkSelector(String selector) {
    String s = selector.trim().toUpperCase(Locale.ROOT);
    for (LintRule r : LintRule.values()) {
      if (r.matches(s)) {
        return s;
      }
    }
    throw new CairnException(
        ErrorCode.LINT_CONFIG_INVALID,
        "'" + selector + "' names no lint rule: use a code such as PG101 or a prefix such as DS");
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, p.getProperty(k));
    }
    return m;
  }
}
