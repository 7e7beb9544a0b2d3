package dev.cairn.runtime.guard;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link DdlClassifier#classify(String)}: every statement of one SQL text, each with
 * its {@link StatementKind}. The text as a whole takes the kind of its most consequential
 * statement, so {@code "select 1; drop table t"} is DDL.
 *
 * @param statements the statements in order; empty for a text that holds only comments or
 *     whitespace
 */
public record SqlClassification(List<ClassifiedStatement> statements) {

  /**
   * Creates a classification.
   *
   * @param statements the classified statements in order
   */
  public SqlClassification {
    statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
  }

  /**
   * The kind of the most consequential statement ({@link StatementKind#ORDINARY} when there is no
   * statement).
   *
   * @return the text's kind
   */
  public StatementKind kind() {
    ClassifiedStatement deciding = deciding();
    return deciding == null ? StatementKind.ORDINARY : deciding.kind();
  }

  /**
   * Whether any statement changes the schema ({@link StatementKind#DDL}).
   *
   * @return true if the text holds DDL
   */
  public boolean isDdl() {
    return kind() == StatementKind.DDL;
  }

  /**
   * Whether any statement changes, or may change, the schema: DDL, or a {@code DO} block whose
   * effect cannot be analysed. This is what the guard refuses under its default options.
   *
   * @return true for DDL and DO blocks
   */
  public boolean mayChangeSchema() {
    StatementKind kind = kind();
    return kind == StatementKind.DDL || kind == StatementKind.DO_BLOCK;
  }

  /**
   * The command of the most consequential statement, e.g. {@code "CREATE TABLE"}; empty when there
   * is no statement.
   *
   * @return the deciding command
   */
  public String command() {
    ClassifiedStatement deciding = deciding();
    return deciding == null ? "" : deciding.command();
  }

  /**
   * Why the text has its kind: the reason of its most consequential statement.
   *
   * @return the deciding reason
   */
  public String reason() {
    ClassifiedStatement deciding = deciding();
    return deciding == null ? "no statement" : deciding.reason();
  }

  /**
   * The statements that change the schema.
   *
   * @return the DDL statements, in order
   */
  public List<ClassifiedStatement> ddlStatements() {
    return statements.stream().filter(ClassifiedStatement::isDdl).toList();
  }

  /**
   * The first statement of the most consequential kind, or null when there is no statement.
   *
   * @return the deciding statement
   */
  private ClassifiedStatement deciding() {
    ClassifiedStatement best = null;
    for (ClassifiedStatement s : statements) {
      if (best == null || s.kind().compareTo(best.kind()) > 0) {
        best = s;
      }
    }
    return best;
  }
}
