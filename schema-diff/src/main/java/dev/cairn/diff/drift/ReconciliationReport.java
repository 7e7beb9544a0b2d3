package dev.cairn.diff.drift;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link Reconciler#reconcile()}: every difference between the schema the entities
 * (or another expected source) describe and the live database, classified, each with the SQL that
 * reconciles it — the document a team writes before turning Hibernate's {@code ddl-auto=update}
 * off.
 *
 * @param expected the expected source, e.g. {@code entities:com.example.model}
 * @param database the live database, without credentials
 * @param differences the classified differences, with their SQL
 * @param sql one script that brings the database to the expected schema, in an order PostgreSQL
 *     accepts (empty when nothing differs)
 * @param warnings what a reviewer must read (objects Cairn does not model, likely renames,
 *     statements that fail on populated tables)
 */
public record ReconciliationReport(
    String expected,
    String database,
    List<Difference> differences,
    String sql,
    List<String> warnings) {

  /** Copies the lists. */
  public ReconciliationReport {
    differences = List.copyOf(differences);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether the database already matches.
   *
   * @return true without differences
   */
  public boolean reconciled() {
    return differences.isEmpty();
  }

  /**
   * How many differences of each kind there are.
   *
   * @return counts by kind, kinds without differences left out
   */
  public Map<Difference.Kind, Integer> counts() {
    Map<Difference.Kind, Integer> m = new EnumMap<>(Difference.Kind.class);
    for (Difference d : differences) {
      m.merge(d.kind(), 1, Integer::sum);
    }
    return m;
  }

  /**
   * The report as text.
   *
   * @return several lines
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (reconciled()) {
      sb.append("Reconciled: ").append(database).append(" matches ").append(expected).append(".\n");
    } else {
      sb.append(database)
          .append(" differs from ")
          .append(expected)
          .append(" in ")
          .append(differences.size())
          .append(differences.size() == 1 ? " place:\n" : " places:\n");
      for (Difference d : differences) {
        sb.append("\n").append(d.describe(side())).append('\n');
        for (String s : d.sql()) {
          sb.append("    ").append(s.replace("\n", "\n    ")).append(";\n");
        }
      }
    }
    for (String w : warnings) {
      sb.append("warning: ").append(w.replace("\n", "\n  ")).append('\n');
    }
    if (!reconciled()) {
      sb.append("\n-- All statements, in an order PostgreSQL accepts:\n").append(sql);
    }
    return sb.toString();
  }

  /**
   * The report as a Markdown document: a summary table by classification, one section per
   * difference with its SQL, and the whole script.
   *
   * @return the document
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Schema reconciliation report\n\n");
    sb.append("- Expected: `").append(expected).append("`\n");
    sb.append("- Database: `").append(database).append("`\n");
    sb.append("- Differences: ").append(differences.size()).append("\n\n");
    if (reconciled()) {
      sb.append("The database matches the expected schema. Nothing to do.\n");
    } else {
      sb.append("| Classification | Count |\n|---|---|\n");
      for (Map.Entry<Difference.Kind, Integer> e : counts().entrySet()) {
        sb.append("| ")
            .append(e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .append(" | ")
            .append(e.getValue())
            .append(" |\n");
      }
      sb.append("\n## Differences\n");
      int i = 0;
      for (Difference d : differences) {
        sb.append("\n### ").append(++i).append(". ").append(d.label()).append("\n\n");
        sb.append("- Expected (").append(side()).append("): ");
        sb.append(d.expected() == null ? "_none_" : "`" + d.expected() + "`").append('\n');
        sb.append("- Database: ");
        sb.append(d.actual() == null ? "_none_" : "`" + d.actual() + "`").append('\n');
        if (!d.sql().isEmpty()) {
          sb.append("\n```sql\n");
          for (String s : d.sql()) {
            sb.append(s).append(";\n");
          }
          sb.append("```\n");
        }
      }
      sb.append("\n## Reconciling script\n\n```sql\n").append(sql).append("```\n");
    }
    if (!warnings.isEmpty()) {
      sb.append("\n## Warnings\n\n");
      for (String w : warnings) {
        sb.append("- ").append(w.replace("\n", " ")).append('\n');
      }
    }
    return sb.toString();
  }

  private String side() {
    return expected.startsWith("entities") ? "entities" : "expected schema";
  }
}
