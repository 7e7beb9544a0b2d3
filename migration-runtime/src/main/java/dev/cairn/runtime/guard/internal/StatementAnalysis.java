package dev.cairn.runtime.guard.internal;

import dev.cairn.runtime.guard.ClassifiedStatement;
import java.util.List;

/**
 * A classified statement plus what the guard needs to track temporary tables per connection.
 *
 * @param statement the public classification
 * @param createdTemporary temporary relations the statement creates and that outlive the
 *     transaction (unqualified names as PostgreSQL folds them)
 * @param relations for DDL on unqualified relation names ({@code DROP TABLE x}, {@code TRUNCATE x},
 *     {@code ALTER TABLE x}, {@code CREATE INDEX … ON x}): those names, which may turn out to be
 *     the connection's temporary tables; null otherwise
 * @param discardsTemporary whether the statement drops all of the session's temporary tables
 *     ({@code DISCARD ALL}/{@code TEMP})
 */
public record StatementAnalysis(
    ClassifiedStatement statement,
    List<String> createdTemporary,
    List<String> relations,
    boolean discardsTemporary) {

  StatementAnalysis(ClassifiedStatement statement) {
    this(statement, List.of(), null, false);
  }

  /**
   * Whether the guard's verdict may depend on the connection's temporary tables.
   *
   * @return true if the statement creates, names or discards temporary tables
   */
  public boolean connectionSensitive() {
    return !createdTemporary.isEmpty() || relations != null || discardsTemporary;
  }
}
