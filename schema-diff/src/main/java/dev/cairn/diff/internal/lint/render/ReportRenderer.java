package dev.cairn.diff.internal.lint.render;

import dev.cairn.diff.lint.Diagnostic;
import dev.cairn.diff.lint.LintReport;
import dev.cairn.diff.lint.LintRule;
import dev.cairn.diff.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link LintReport} as text, JSON, SARIF 2.1.0 or GitHub Actions annotations. */
public final class ReportRenderer {
  /** The SARIF schema the output declares. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final String TOOL_NAME = "cairn-lint";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private ReportRenderer() {}

  /**
   * Human-readable text.
   *
   * @param report the report
   * @param color whether to use ANSI colours (only on a terminal)
   * @return the text
   */
  public static String text(LintReport report, boolean color) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : report.diagnostics()) {
      String sevColor =
          switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
          };
      out.append(paint(color, BOLD, path(report, d.file()) + ":" + d.line()))
          .append(": ")
          .append(paint(color, sevColor + BOLD, d.severity().label()))
          .append(' ')
          .append(paint(color, BOLD, d.code()))
          .append(' ')
          .append(d.rule().title())
          .append('\n');
      if (!d.statement().isEmpty()) {
        out.append("  ").append(paint(color, DIM, d.statement())).append('\n');
      }
      out.append("  ").append(d.message()).append('\n');
      if (d.lock() != null) {
        out.append("  lock:   ").append(d.lock()).append('\n');
      }
      if (d.blocks() != null) {
        out.append("  blocks: ").append(d.blocks()).append('\n');
      }
      if (d.fix() != null) {
        out.append("  instead:\n");
        for (String line : d.fix().split("\n", -1)) {
          out.append("    ").append(paint(color, CYAN, line)).append('\n');
        }
      }
      out.append('\n');
    }
    for (String skipped : report.skipped()) {
      out.append("not linted (an earlier statement failed): ")
          .append(path(report, skipped))
          .append('\n');
    }
    out.append(report.files().size())
        .append(report.files().size() == 1 ? " file" : " files")
        .append(" linted: ")
        .append(plural(report.count(Severity.ERROR), "error"))
        .append(", ")
        .append(plural(report.count(Severity.WARNING), "warning"))
        .append(", ")
        .append(plural(report.count(Severity.INFO), "info"));
    if (!report.suppressed().isEmpty()) {
      out.append(" (").append(report.suppressed().size()).append(" suppressed by atlas:nolint)");
    }
    return out.append('\n').toString();
  }

  /**
   * A JSON document with the summary, the remaining and the suppressed diagnostics.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String json(LintReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("directory", report.directory());
    root.put("files", report.files());
    root.put("skipped", report.skipped());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("infos", report.count(Severity.INFO));
    summary.put("suppressed", report.suppressed().size());
    summary.put("failed", report.hasErrors());
    root.put("summary", summary);
    root.put("diagnostics", report.diagnostics().stream().map(d -> jsonOf(report, d)).toList());
    root.put("suppressed", report.suppressed().stream().map(d -> jsonOf(report, d)).toList());
    return Json.write(root);
  }

  private static Map<String, Object> jsonOf(LintReport report, Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code());
    m.put("severity", d.severity().label());
    m.put("title", d.rule().title());
    m.put("group", d.rule().group().prefix());
    m.put("file", path(report, d.file()));
    m.put("line", d.line());
    m.put("statement", d.statement());
    m.put("message", d.message());
    m.put("lock", d.lock());
    m.put("blocks", d.blocks());
    m.put("fix", d.fix());
    return m;
  }

  /**
   * A SARIF 2.1.0 log with one run; every rule of the catalog is listed in {@code
   * tool.driver.rules}, suppressed findings carry an {@code inSource} suppression.
   *
   * @param report the report
   * @param toolVersion the Cairn version to record
   * @return the SARIF JSON text
   */
  public static String sarif(LintReport report, String toolVersion) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (LintRule r : LintRule.values()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", r.code());
      rule.put("name", pascal(r.title()));
      rule.put("shortDescription", Map.of("text", r.title()));
      rule.put("fullDescription", Map.of("text", r.description()));
      rule.put(
          "help", Map.of("text", r.description() + " See docs/lint-codes.md#" + r.code() + "."));
      rule.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("tags", List.of(r.group().prefix(), r.group().title()));
      rule.put("properties", props);
      rules.add(rule);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", TOOL_NAME);
    driver.put("version", toolVersion);
    driver.put("rules", rules);

    List<Map<String, Object>> results = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      results.add(sarifResult(report, d, false));
    }
    for (Diagnostic d : report.suppressed()) {
      results.add(sarifResult(report, d, true));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(Map.of("executionSuccessful", Boolean.TRUE)));
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return Json.write(root);
  }

  private static Map<String, Object> sarifResult(
      LintReport report, Diagnostic d, boolean suppressed) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, d.line()));
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", path(report, d.file())));
    physical.put("region", region);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", d.code());
    result.put("ruleIndex", d.rule().ordinal());
    result.put("level", level(d.severity()));
    result.put("message", Map.of("text", fullMessage(d)));
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put(
        "partialFingerprints",
        Map.of("cairnLint/v1", fingerprint(d.code() + "\0" + d.file() + "\0" + d.statement())));
    if (suppressed) {
      result.put("suppressions", List.of(Map.of("kind", "inSource")));
    }
    return result;
  }

  /**
   * GitHub Actions workflow commands: one {@code ::error}/{@code ::warning}/{@code ::notice} line
   * per remaining diagnostic, then a plain summary line.
   *
   * @param report the report
   * @return the lines
   */
  public static String github(LintReport report) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : report.diagnostics()) {
      String command =
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      out.append("::")
          .append(command)
          .append(" file=")
          .append(property(path(report, d.file())))
          .append(",line=")
          .append(Math.max(1, d.line()))
          .append(",title=")
          .append(property(d.code() + " " + d.rule().title()))
          .append("::")
          .append(data(fullMessage(d)))
          .append('\n');
    }
    out.append("cairn migrate lint: ")
        .append(plural(report.count(Severity.ERROR), "error"))
        .append(", ")
        .append(plural(report.count(Severity.WARNING), "warning"))
        .append(" in ")
        .append(plural(report.files().size(), "file"))
        .append('\n');
    return out.toString();
  }

  /**
   * The message with the statement, lock and fix appended, for formats with a single text field.
   *
   * @param d the diagnostic
   * @return the text
   */
  static String fullMessage(Diagnostic d) {
    StringBuilder s = new StringBuilder(d.message());
    if (!d.statement().isEmpty()) {
      s.append("\nStatement: ").append(d.statement());
    }
    if (d.lock() != null) {
      s.append("\nLock: ").append(d.lock());
    }
    if (d.blocks() != null) {
      s.append("\nBlocks: ").append(d.blocks());
    }
    if (d.fix() != null) {
      s.append("\nInstead:\n").append(d.fix());
    }
    return s.toString();
  }

  /**
   * The path of a file as reports show it: the directory as given, then the file name.
   *
   * @param report the report
   * @param file the file name
   * @return e.g. {@code migrations/20240101_a.sql}
   */
  public static String path(LintReport report, String file) {
    String dir = report.directory().replace('\\', '/');
    while (dir.startsWith("./")) {
      dir = dir.substring(2);
    }
    if (dir.isEmpty() || dir.equals(".")) {
      return file;
    }
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String pascal(String title) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : title.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      } else {
        up = true;
      }
    }
    return b.toString();
  }

  private static String fingerprint(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String paint(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
