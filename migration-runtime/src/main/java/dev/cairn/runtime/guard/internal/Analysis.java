package dev.cairn.runtime.guard.internal;

import dev.cairn.runtime.guard.SqlClassification;
import java.util.List;

/**
 * The classifier's result for one SQL text: the public classification plus the per-statement
 * details the guard tracks temporary tables with.
 */
public final class Analysis {
  private final List<StatementAnalysis> statements;
  private final SqlClassification classification;
  private final boolean connectionSensitive;

  Analysis(List<StatementAnalysis> statements) {
    this.statements = List.copyOf(statements);
    this.classification =
        new SqlClassification(statements.stream().map(StatementAnalysis::statement).toList());
    this.connectionSensitive = statements.stream().anyMatch(StatementAnalysis::connectionSensitive);
  }

  /**
   * The statements with their details.
   *
   * @return the statements in order
   */
  public List<StatementAnalysis> statements() {
    return statements;
  }

  /**
   * The public classification.
   *
   * @return the classification
   */
  public SqlClassification classification() {
    return classification;
  }

  /**
   * Whether any statement's verdict may depend on the connection's temporary tables.
   *
   * @return true if temporary tables are created, named or discarded
   */
  public boolean connectionSensitive() {
    return connectionSensitive;
  }
}
