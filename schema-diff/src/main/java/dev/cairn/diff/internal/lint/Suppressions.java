package dev.cairn.diff.internal.lint;

import dev.cairn.diff.lint.LintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atlas-compatible {@code atlas:nolint} handling. A bare {@code atlas:nolint} silences every rule;
 * otherwise it lists selectors separated by spaces or commas: codes ({@code DS103}), prefixes
 * ({@code DS}) or Atlas analyzer names ({@code destructive}, {@code data_depend}, {@code
 * incompatible}, {@code concurrent_index}, {@code naming}).
 */
public final class Suppressions {
  private static final Pattern NOLINT =
      Pattern.compile("atlas:nolint(?=\\s|$|\\*/)([^\\n]*)", Pattern.CASE_INSENSITIVE);

  private static final Map<String, List<String>> ATLAS_ANALYZERS =
      Map.of(
          "destructive", List.of("DS"),
          "data_depend", List.of("MF"),
          "incompatible", List.of("BC"),
          "backward_incompatible", List.of("BC"),
          "concurrent_index", List.of("PG101", "PG102", "PG103"),
          "naming", List.of("NM"),
          "nestedtx", List.of("PG103"));

  private Suppressions() {}

  /**
   * Parses the {@code atlas:nolint} directive in the comments directly above a statement.
   *
   * @param comments verbatim comments, e.g. {@code -- atlas:nolint DS103}
   * @return the selectors (empty list = every rule), or empty if there is no directive
   */
  public static Optional<List<String>> statementDirective(List<String> comments) {
    Optional<List<String>> found = Optional.empty();
    for (String comment : comments) {
      Matcher m = NOLINT.matcher(comment);
      if (m.find()) {
        String rest = m.group(1).replace("*/", " ").trim();
        List<String> selectors = new ArrayList<>(found.orElse(List.of()));
        if (rest.isEmpty()) {
          return Optional.of(List.of());
        }
        for (String s : rest.split("[\\s,]+")) {
          if (!s.isBlank()) {
            selectors.add(s);
          }
        }
        found = Optional.of(selectors);
      }
    }
    return found;
  }

  /**
   * Whether selectors silence a rule.
   *
   * @param selectors codes, prefixes or Atlas analyzer names; empty means all
   * @param rule the rule
   * @return true if the rule is silenced
   */
  public static boolean silences(List<String> selectors, LintRule rule) {
    if (selectors.isEmpty()) {
      return true;
    }
    for (String s : selectors) {
      List<String> expanded = ATLAS_ANALYZERS.get(s.toLowerCase(Locale.ROOT));
      if (expanded != null) {
        if (expanded.stream().anyMatch(rule::matches)) {
          return true;
        }
      } else if (rule.matches(s)) {
        return true;
      }
    }
    return false;
  }
}
