package dev.cairn.diff;

import dev.cairn.diff.PlannedStatement.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of SQL statements turning one schema into another, grouped in {@link Stage}s.
 *
 * @param statements the statements in execution order (stages are contiguous and in order)
 * @param warnings warnings a reviewer must read (also attached to the statements they concern)
 * @param notes facts about the plan worth a comment in the file, e.g. applied rename hints
 */
public record Plan(List<PlannedStatement> statements, List<String> warnings, List<String> notes) {

  /** Copies the lists. */
  public Plan {
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /**
   * Whether the plan does nothing.
   *
   * @return true without statements
   */
  public boolean isEmpty() {
    return statements.isEmpty();
  }

  /**
   * The statements of one stage, in order.
   *
   * @param stage the stage
   * @return its statements, possibly empty
   */
  public List<PlannedStatement> stage(Stage stage) {
    return statements.stream().filter(s -> s.stage() == stage).toList();
  }

  /**
   * The statements that undo this plan, in execution order: the reverse of each statement, last
   * first. Statements without a reverse are skipped and listed by {@link #irreversible()}.
   *
   * @return the reverse statements
   */
  public List<String> reverseSql() {
    List<String> out = new ArrayList<>();
    for (int i = statements.size() - 1; i >= 0; i--) {
      String r = statements.get(i).reverseSql();
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Statements that have no reverse.
   *
   * @return the statements, in plan order
   */
  public List<PlannedStatement> irreversible() {
    return statements.stream().filter(s -> s.reverseSql() == null).toList();
  }

  /**
   * The plan as one SQL script with a comment before each statement: for review and printing, not
   * for execution (stages need separate files; see {@code MigrationWriter}).
   *
   * @return the script
   */
  public String toSql() {
    StringBuilder sb = new StringBuilder();
    for (String w : warnings) {
      sb.append("-- WARNING: ").append(w.replace("\n", "\n-- ")).append('\n');
    }
    Stage current = null;
    for (PlannedStatement s : statements) {
      if (s.stage() != current) {
        current = s.stage();
        sb.append("-- stage ").append(current.name().toLowerCase(java.util.Locale.ROOT));
        sb.append('\n');
      }
      sb.append("-- ").append(s.summary()).append('\n');
      sb.append(s.sql()).append(";\n");
    }
    return sb.toString();
  }
}
