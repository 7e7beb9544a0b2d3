package dev.cairn.test;

import dev.cairn.runtime.guard.JdbcCall;
import dev.cairn.runtime.guard.SqlClassification;
import java.util.Objects;

/**
 * One SQL text sent through a recorded data source.
 *
 * @param sql the text exactly as the application passed it
 * @param call the JDBC method it came through
 * @param classification what it does to the schema (Cairn's {@link
 *     dev.cairn.runtime.guard.DdlClassifier})
 * @param origin the first stack frame outside JDBC, pools, Hibernate, Spring, proxies and Cairn —
 *     the application code that issued it — or null when every frame was such code
 * @param thread the name of the thread that issued it
 */
public record RecordedStatement(
    String sql,
    JdbcCall call,
    SqlClassification classification,
    StackTraceElement origin,
    String thread) {

  /**
   * Creates a recorded statement.
   *
   * @param sql the SQL text
   * @param call the JDBC method
   * @param classification the classification
   * @param origin the issuing frame, or null
   * @param thread the thread name
   */
  public RecordedStatement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(thread, "thread");
  }

  /**
   * Whether the text changes, or may change, the schema (DDL or a {@code DO} block) — what {@link
   * StatementRecorderAssert#executedNoDdl()} reports.
   *
   * @return true for DDL and DO blocks
   */
  public boolean mayChangeSchema() {
    return classification.mayChangeSchema();
  }

  /**
   * Two lines for a failure message: command and abbreviated SQL, then where it came from.
   *
   * @return the description
   */
  public String describe() {
    String oneLine = sql.strip().replaceAll("[\\s\\p{Z}]+", " ");
    if (oneLine.length() > 200) {
      oneLine = oneLine.substring(0, 199) + "…";
    }
    return classification.command()
        + ": "
        + oneLine
        + "\n     issued at "
        + (origin == null ? "(no application frame on the stack)" : origin)
        + " on thread "
        + thread;
  }
}
