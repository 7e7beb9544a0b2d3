package dev.cairn.bench.harness;

import dev.cairn.bench.tools.MigrationOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one run, the targets they are held against, and their rendering as a console table
 * and as {@code docs/benchmarks.md}.
 */
public final class Report {
  /** Whether a target was met. */
  public enum Verdict {
    /** Within the target. */
    MET,
    /** Outside the target. */
    MISSED,
    /** A figure it needs was not measured. */
    NOT_MEASURED
  }

  /**
   * One target and what was measured for it.
   *
   * @param goal what is measured
   * @param target the target
   * @param measured the figures and their ratio
   * @param verdict whether it was met
   */
  public record Check(String goal, String target, String measured, Verdict verdict) {}

  /** The slowest allowed growth of the marginal cost per migration between the two spans. */
  static final double LINEAR_SLACK = 1.5;

  private static final String CAIRN = Sections.subject(MigrationOp.CAIRN_MIGRATE);
  private static final String FLYWAY = Sections.subject(MigrationOp.FLYWAY_MIGRATE);

  private final Settings settings;
  private final Machine machine;
  private final List<Row> rows;
  private final Map<String, Row> byKey = new LinkedHashMap<>();

  /**
   * Creates the report.
   *
   * @param settings the run's settings
   * @param machine the machine
   * @param rows the measured rows
   */
  public Report(Settings settings, Machine machine, List<Row> rows) {
    this.settings = settings;
    this.machine = machine;
    this.rows = List.copyOf(rows);
    for (Row r : rows) {
      byKey.put(r.key(), r);
    }
  }

  /**
   * Every row.
   *
   * @return the rows in measurement order
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The machine.
   *
   * @return the machine facts
   */
  public Machine machine() {
    return machine;
  }

  /**
   * The settings.
   *
   * @return the run's settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * A measured row.
   *
   * @param section the section
   * @param subject the subject
   * @param size the size
   * @return the row, if present and measured
   */
  public Optional<Row> measured(String section, String subject, int size) {
    Row r = byKey.get(Row.key(section, subject, size));
    return r != null && r.measured() ? Optional.of(r) : Optional.empty();
  }

  /**
   * The rows a complete run of these settings has, measured or skipped with a reason.
   *
   * @param s the settings
   * @return the row keys
   */
  public static List<String> expectedKeys(Settings s) {
    List<String> keys = new ArrayList<>();
    for (int size : s.sizes()) {
      for (MigrationOp op : MigrationSuite.APPLYING) {
        keys.add(Row.key(Sections.APPLY, Sections.subject(op), size));
      }
      keys.add(Row.key(Sections.APPLY, Sections.PSQL_SESSION, size));
      keys.add(Row.key(Sections.APPLY, Sections.PSQL_PER_FILE, size));
      for (MigrationOp op : MigrationSuite.CHECKS) {
        keys.add(Row.key(Sections.NOOP_WARM, Sections.subject(op), size));
        keys.add(Row.key(Sections.NOOP_COLD, Sections.subject(op), size));
      }
      keys.add(Row.key(Sections.NOOP_COLD, Sections.JVM_BASELINE, size));
      for (MigrationOp op : MigrationSuite.APPLYING) {
        keys.add(Row.key(Sections.APPLY_COLD, Sections.subject(op), size));
      }
    }
    for (int n : s.loaderSizes()) {
      keys.add(Row.key(Sections.SCHEMA, Sections.LOADER, n));
    }
    int m = s.modelEntities();
    for (String subject :
        List.of(
            Sections.INSPECT,
            Sections.DIFF_FIRST,
            Sections.DIFF_REPEAT,
            Sections.LB_HIBERNATE,
            Sections.HIBERNATE_UPDATE)) {
      keys.add(Row.key(Sections.SCHEMA, subject, m));
    }
    keys.add(Row.key(Sections.SCHEMA_COLD, Sections.LOADER, s.loaderGoalEntities()));
    for (String subject :
        List.of(
            Sections.INSPECT,
            Sections.DIFF_FIRST,
            Sections.LB_HIBERNATE,
            Sections.HIBERNATE_UPDATE)) {
      keys.add(Row.key(Sections.SCHEMA_COLD, subject, m));
    }
    for (String method : GuardSuite.JDBC_METHODS) {
      for (String wrapping : GuardSuite.WRAPPINGS) {
        keys.add(Row.key(Sections.GUARD, GuardSuite.jdbcSubject(method, wrapping), 0));
      }
    }
    for (String method : GuardSuite.CLASSIFY_METHODS) {
      keys.add(Row.key(Sections.GUARD, GuardSuite.classifySubject(method), 0));
    }
    return keys;
  }

  /**
   * Expected rows that the run does not have at all (neither measured nor skipped).
   *
   * @return the missing keys
   */
  public List<String> missingKeys() {
    return expectedKeys(settings).stream().filter(k -> !byKey.containsKey(k)).toList();
  }

  /**
   * The targets of the issues, each with its measured figures.
   *
   * @return the checks
   */
  public List<Check> checks() {
    int ref = settings.referenceSize();
    String n = count(ref) + " migrations";
    List<Check> checks = new ArrayList<>();
    checks.add(
        ratio(
            "No-op startup check, " + n + ", warm JVM (in-process)",
            "Cairn migrate() ≤ 1/5 of Flyway migrate()",
            measured(Sections.NOOP_WARM, CAIRN, ref),
            measured(Sections.NOOP_WARM, FLYWAY, ref),
            "Flyway",
            0.2));
    checks.add(
        ratio(
            "No-op startup check, " + n + ", fresh JVM (in-process)",
            "Cairn migrate() ≤ 1/5 of Flyway migrate()",
            measured(Sections.NOOP_COLD, CAIRN, ref),
            measured(Sections.NOOP_COLD, FLYWAY, ref),
            "Flyway",
            0.2));
    checks.add(
        ratio(
            "Fresh apply, " + n,
            "Cairn ≤ 0.6 × Flyway",
            measured(Sections.APPLY, CAIRN, ref),
            measured(Sections.APPLY, FLYWAY, ref),
            "Flyway",
            0.6));
    checks.add(
        ratio(
            "Fresh apply, " + n,
            "Cairn ≤ 1.3 × psql (one session)",
            measured(Sections.APPLY, CAIRN, ref),
            measured(Sections.APPLY, Sections.PSQL_SESSION, ref),
            "psql",
            1.3));
    checks.add(growth("Cairn fresh apply", Sections.APPLY, CAIRN));
    checks.add(growth("Cairn no-op check (warm)", Sections.NOOP_WARM, CAIRN));
    checks.add(guardOverhead());
    checks.add(
        limit(
            "Schema loader, " + count(settings.loaderGoalEntities()) + "-entity model, warm JVM",
            "< 3 s",
            measured(Sections.SCHEMA, Sections.LOADER, settings.loaderGoalEntities()),
            3_000,
            false));
    int m = settings.modelEntities();
    Optional<Row> inspect = measured(Sections.SCHEMA, Sections.INSPECT, m);
    checks.add(
        limit(
            "Inspect the " + count(m) + "-entity model's schema (" + noteOf(inspect) + ")",
            "≤ 0.5 s",
            inspect,
            500,
            true));
    checks.add(
        limit(
            "Full migrate diff, "
                + count(m)
                + "-entity model vs a "
                + count(settings.diffFiles())
                + "-file directory, warm dev database, nothing cached",
            "≤ 10 s",
            measured(Sections.SCHEMA, Sections.DIFF_FIRST, m),
            10_000,
            true));
    return checks;
  }

  private static String noteOf(Optional<Row> row) {
    return row.map(Row::note).orElse("not measured");
  }

  private static Check ratio(
      String goal,
      String target,
      Optional<Row> cairn,
      Optional<Row> other,
      String otherName,
      double max) {
    if (cairn.isEmpty() || other.isEmpty()) {
      return new Check(goal, target, "not measured", Verdict.NOT_MEASURED);
    }
    double a = cairn.get().time().median();
    double b = other.get().time().median();
    double r = a / b;
    return new Check(
        goal,
        target,
        "Cairn " + ms(a) + " vs " + otherName + " " + ms(b) + " → " + ratio(r),
        r <= max ? Verdict.MET : Verdict.MISSED);
  }

  private static Check limit(
      String goal, String target, Optional<Row> row, double maxMillis, boolean inclusive) {
    if (row.isEmpty()) {
      return new Check(goal, target, "not measured", Verdict.NOT_MEASURED);
    }
    double v = row.get().time().median();
    boolean ok = inclusive ? v <= maxMillis : v < maxMillis;
    return new Check(
        goal,
        target,
        ms(v) + " (median of " + row.get().time().n() + ")",
        ok ? Verdict.MET : Verdict.MISSED);
  }

  /** The marginal cost per migration over the lower and the upper span of sizes. */
  double[] slopes(String section, String subject) {
    List<Integer> sizes = settings.sizes();
    int a = sizes.get(0);
    int b = settings.referenceSize();
    int c = settings.largestSize();
    Optional<Row> ra = measured(section, subject, a);
    Optional<Row> rb = measured(section, subject, b);
    Optional<Row> rc = measured(section, subject, c);
    if (ra.isEmpty() || rb.isEmpty() || rc.isEmpty()) {
      return null;
    }
    double s1 = (rb.get().time().median() - ra.get().time().median()) / (b - a);
    double s2 = (rc.get().time().median() - rb.get().time().median()) / (c - b);
    return new double[] {s1, s2};
  }

  private Check growth(String what, String section, String subject) {
    List<Integer> sizes = settings.sizes();
    String goal =
        what
            + " grows linearly up to "
            + count(settings.largestSize())
            + " migrations (marginal cost per migration, "
            + count(sizes.get(0))
            + "→"
            + count(settings.referenceSize())
            + " vs "
            + count(settings.referenceSize())
            + "→"
            + count(settings.largestSize())
            + ")";
    String target = "upper span ≤ " + LINEAR_SLACK + " × lower span";
    double[] s = slopes(section, subject);
    if (s == null) {
      return new Check(goal, target, "not measured", Verdict.NOT_MEASURED);
    }
    String measured = perMigration(s[0]) + " then " + perMigration(s[1]);
    if (s[0] <= 0) {
      return new Check(
          goal,
          target,
          measured + " (the lower span is within noise; no ratio)",
          s[1] <= 0 ? Verdict.MET : Verdict.NOT_MEASURED);
    }
    double r = s[1] / s[0];
    return new Check(
        goal,
        target,
        measured + " → ×" + fmt2(r),
        r <= LINEAR_SLACK ? Verdict.MET : Verdict.MISSED);
  }

  private Check guardOverhead() {
    String goal = "DDL guard overhead on a JDBC workload (JMH, embedded PostgreSQL)";
    String target = "≤ 2 % over the unwrapped DataSource";
    double worst = Double.NEGATIVE_INFINITY;
    StringBuilder b = new StringBuilder();
    for (String method : GuardSuite.JDBC_METHODS) {
      Optional<Row> raw = measured(Sections.GUARD, GuardSuite.jdbcSubject(method, "raw"), 0);
      Optional<Row> guarded =
          measured(Sections.GUARD, GuardSuite.jdbcSubject(method, "guarded"), 0);
      if (raw.isEmpty() || guarded.isEmpty()) {
        return new Check(goal, target, "not measured", Verdict.NOT_MEASURED);
      }
      double o = guarded.get().time().median() / raw.get().time().median() - 1;
      worst = Math.max(worst, o);
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(method).append(' ').append(percent(o));
    }
    return new Check(
        goal,
        target,
        b + " (worst " + percent(worst) + ")",
        worst <= 0.02 ? Verdict.MET : Verdict.MISSED);
  }

  /**
   * The console rendering: the targets, then every row.
   *
   * @return the text
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("\nTargets\n");
    for (Check c : checks()) {
      b.append(String.format(Locale.ROOT, "  %-8s %s%n", verdict(c.verdict()), c.goal()))
          .append(
              String.format(
                  Locale.ROOT, "           target %s; measured %s%n", c.target(), c.measured()));
    }
    b.append("\nAll figures (median ms unless stated; total = whole fresh JVM)\n");
    for (Row r : rows) {
      if (r.measured()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-30s %-42s %6s %12s%s%s%s%n",
                r.section(),
                r.subject(),
                r.size() == 0 ? "" : count(r.size()),
                num(r.time().median()),
                r.total() == null ? "" : "  total " + num(r.total().median()),
                r.rssKb() > 0 ? "  rss " + mb(r.rssKb() * 1024) : "",
                r.note().isEmpty() ? "" : "  " + r.note()));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-30s %-42s %6s  skipped: %s%n",
                r.section(),
                r.subject(),
                r.size() == 0 ? "" : count(r.size()),
                r.note()));
      }
    }
    return b.toString();
  }

  /**
   * The Markdown document.
   *
   * @param chartFile the chart's file name, relative to the document
   * @return the text of {@code docs/benchmarks.md}
   */
  public String markdown(String chartFile) {
    Markdown md = new Markdown(this);
    return md.render(chartFile);
  }

  static String verdict(Verdict v) {
    return switch (v) {
      case MET -> "met";
      case MISSED -> "MISSED";
      case NOT_MEASURED -> "n/a";
    };
  }

  static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String ms(double millis) {
    return num(millis) + " ms";
  }

  static String num(double millis) {
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%,.0f", millis);
    }
    if (millis >= 10) {
      return String.format(Locale.ROOT, "%.1f", millis);
    }
    return String.format(Locale.ROOT, "%.2f", millis);
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  static String fmt2(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
  }

  static String perMigration(double millis) {
    return String.format(Locale.ROOT, "%.3f ms/migration", millis);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024.0 / 1024.0);
  }
}
