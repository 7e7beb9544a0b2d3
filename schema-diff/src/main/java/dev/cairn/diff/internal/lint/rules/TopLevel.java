package dev.cairn.diff.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Scanning SQL expression text at the top level: outside parentheses and outside single- or
 * double-quoted text. Shared by the rules that read constraint and statement text.
 */
final class TopLevel {
  private TopLevel() {}

  /**
   * Splits on a separator (matched ignoring case) outside parentheses and quotes.
   *
   * @param text the text
   * @param separator e.g. {@code " AND "} or {@code ","}
   * @return the trimmed parts, at least one
   */
  static List<String> split(String text, String separator) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && text.regionMatches(true, i, separator, 0, separator.length())) {
        out.add(text.substring(start, i).trim());
        start = i + separator.length();
        i = start - 1;
      }
    }
    out.add(text.substring(start).trim());
    return out;
  }

  /**
   * The index of the parenthesis closing the one at {@code open}, or -1.
   *
   * @param s the text
   * @param open the index of an opening parenthesis
   * @return the index of its closing parenthesis, or -1
   */
  static int closingOf(String s, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
