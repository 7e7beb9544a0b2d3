package dev.cairn.test;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on a {@link StatementRecorder}; see {@link CairnAssertions}. */
public final class StatementRecorderAssert
    extends AbstractAssert<StatementRecorderAssert, StatementRecorder> {

  StatementRecorderAssert(StatementRecorder actual) {
    super(actual, StatementRecorderAssert.class);
  }

  /**
   * Verifies that no recorded statement changes or may change the schema: no DDL and no {@code DO}
   * block. The failure message lists each offending statement with the application frame and thread
   * that issued it.
   *
   * @return this assertion
   */
  public StatementRecorderAssert executedNoDdl() {
    isNotNull();
    List<RecordedStatement> ddl = actual.ddlStatements();
    if (!ddl.isEmpty()) {
      failWithMessage("%s", noDdlMessage(ddl));
    }
    return this;
  }

  /**
   * Verifies that at least one recorded statement is DDL (or a {@code DO} block).
   *
   * @return this assertion
   */
  public StatementRecorderAssert executedDdl() {
    isNotNull();
    if (actual.ddlStatements().isEmpty()) {
      failWithMessage(
          "Expecting DDL among the %d recorded statements, but there was none:%s",
          actual.statements().size(), list(actual.statements()));
    }
    return this;
  }

  /**
   * Verifies that at least one recorded statement's SQL contains a match of the regular expression.
   *
   * @param regex a {@link Pattern} expression, e.g. {@code "(?i)^insert into orders"}
   * @return this assertion
   */
  public StatementRecorderAssert executedStatementsMatching(String regex) {
    isNotNull();
    if (actual.statementsMatching(regex).isEmpty()) {
      failWithMessage(
          "Expecting a recorded statement matching /%s/, but none of the %d did:%s",
          regex, actual.statements().size(), list(actual.statements()));
    }
    return this;
  }

  /**
   * Verifies that no recorded statement's SQL contains a match of the regular expression.
   *
   * @param regex a {@link Pattern} expression
   * @return this assertion
   */
  public StatementRecorderAssert executedNoStatementsMatching(String regex) {
    isNotNull();
    List<RecordedStatement> matching = actual.statementsMatching(regex);
    if (!matching.isEmpty()) {
      failWithMessage(
          "Expecting no recorded statement matching /%s/, but %d did:%s",
          regex, matching.size(), list(matching));
    }
    return this;
  }

  /**
   * Verifies how many statements were recorded.
   *
   * @param expected the expected number
   * @return this assertion
   */
  public StatementRecorderAssert executedStatementCount(int expected) {
    isNotNull();
    List<RecordedStatement> all = actual.statements();
    if (all.size() != expected) {
      failWithMessage(
          "Expecting %d recorded statements, but there were %d:%s",
          expected, all.size(), list(all));
    }
    return this;
  }

  /**
   * The failure message of {@link #executedNoDdl()} for a list of offending statements.
   *
   * @param ddl the statements that change or may change the schema
   * @return the message
   */
  static String noDdlMessage(List<RecordedStatement> ddl) {
    return "Expecting no DDL, but "
        + ddl.size()
        + (ddl.size() == 1 ? " statement changes" : " statements change")
        + " (or may change) the schema:"
        + list(ddl)
        + "\nThe application must not change the schema at run time: move these changes into a"
        + " migration (`cairn migrate diff <name>` or a new migration file) and set"
        + " spring.jpa.hibernate.ddl-auto / hibernate.hbm2ddl.auto to validate or none.";
  }

  private static String list(List<RecordedStatement> statements) {
    StringBuilder b = new StringBuilder();
    int i = 1;
    for (RecordedStatement s : statements) {
      b.append("\n  ").append(i++).append(". ").append(s.describe());
    }
    return b.toString();
  }
}
