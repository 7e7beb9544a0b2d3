package dev.cairn.diff.internal.drift;

import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.PlannedStatement;
import dev.cairn.diff.Planner;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.drift.Difference;
import dev.cairn.diff.drift.Difference.Kind;
import dev.cairn.diff.drift.Difference.ObjectType;
import dev.cairn.diff.model.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected schema with a live database both ways: the classified differences with the
 * statements that bring the database back to the expected schema, and the plan in the other
 * direction (what would turn the expected schema into the database's).
 *
 * @param differences the classified differences, in the differ's deterministic order
 * @param toExpected the plan turning the live database into the expected schema
 * @param toActual the plan turning the expected schema into the live database
 * @param warnings what the differ and planner want a reviewer to read (objects Cairn does not
 *     model, likely renames, statements that only work on empty tables)
 */
public record Comparison(
    List<Difference> differences, Plan toExpected, Plan toActual, List<String> warnings) {

  /** Copies the lists. */
  public Comparison {
    differences = List.copyOf(differences);
    warnings = List.copyOf(warnings);
  }

  /**
   * Compares.
   *
   * @param expected what the migrations or entities describe
   * @param actual the live database
   * @param options how statements are planned
   * @return the comparison
   */
  public static Comparison of(Database expected, Database actual, PlanOptions options) {
    DiffResult back = SchemaDiffer.diff(actual, expected, DiffOptions.defaults());
    Plan toExpected = Planner.plan(back.changes(), actual, expected, options);
    DiffResult forth = SchemaDiffer.diff(expected, actual, DiffOptions.defaults());
    Plan toActual = Planner.plan(forth.changes(), expected, actual, options);

    Map<String, Builder> byObject = new LinkedHashMap<>();
    List<Builder> ordered = new ArrayList<>();
    for (SchemaChange change : back.changes()) {
      Classifier.Classified c = Classifier.classify(change);
      List<String> sql = new ArrayList<>();
      for (PlannedStatement s : toExpected.statements()) {
        if (change.equals(s.change())) {
          sql.add(s.sql());
        }
      }
      String key = c.type() + " " + c.object();
      Builder previous = byObject.get(key);
      if (previous != null && previous.pairsWith(c.kind())) {
        // Dropped and re-created under the same name: one object whose definition differs.
        previous.merge(c, change.describe(), sql);
        continue;
      }
      Builder b = new Builder(c, change.describe(), sql);
      byObject.putIfAbsent(key, b);
      ordered.add(b);
    }
    List<Difference> differences = new ArrayList<>();
    for (Builder b : ordered) {
      differences.add(b.build());
    }
    List<String> warnings = new ArrayList<>();
    for (DiffWarning w : back.warnings()) {
      warnings.add(w.toString());
    }
    for (String w : toExpected.warnings()) {
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    }
    return new Comparison(differences, toExpected, toActual, warnings);
  }

  /** Whether the two sides are equal as far as Cairn models them. */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  private static final class Builder {
    private Kind kind;
    private final ObjectType type;
    private final String object;
    private String expected;
    private String actual;
    private final List<String> changes = new ArrayList<>();
    private final List<String> sql = new ArrayList<>();

    Builder(Classifier.Classified c, String change, List<String> statements) {
      this.kind = c.kind();
      this.type = c.type();
      this.object = c.object();
      this.expected = c.expected();
      this.actual = c.actual();
      changes.add(change);
      sql.addAll(statements);
    }

    boolean pairsWith(Kind other) {
      return (kind == Kind.MISSING && other == Kind.EXTRA)
          || (kind == Kind.EXTRA && other == Kind.MISSING);
    }

    void merge(Classifier.Classified c, String change, List<String> statements) {
      if (c.kind() == Kind.MISSING) {
        expected = c.expected();
      } else {
        actual = c.actual();
      }
      kind = type == ObjectType.CONSTRAINT ? Kind.CONSTRAINT_MISMATCH : Kind.DEFINITION_MISMATCH;
      changes.add(change);
      sql.addAll(statements);
    }

    Difference build() {
      return new Difference(kind, type, object, expected, actual, changes, sql);
    }
  }
}
