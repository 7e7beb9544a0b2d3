package dev.cairn.diff;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.View;
import java.util.List;
import java.util.Objects;

/**
 * One difference between two schemas, as found by {@link SchemaDiffer}. The records carry the
 * complete model objects involved (not just names), so that a {@link Planner} can render SQL and
 * its reverse without looking anything up, and a reviewer can see what exactly changes.
 *
 * <p>Names of objects on a renamed table are the new names: the differ emits the rename first and
 * describes everything else in terms of the renamed objects.
 */
public sealed interface SchemaChange {

  /**
   * A one-line human description, e.g. {@code add column public.orders.total (numeric(12,2))}.
   *
   * @return the description
   */
  String describe();

  /**
   * Calls the visitor method for this change's kind.
   *
   * @param visitor the visitor
   * @param <R> the result type
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  // ---------------------------------------------------------------- schemas and extensions

  /**
   * {@code CREATE SCHEMA}.
   *
   * @param name the schema name
   * @param comment its comment, or {@code null}
   */
  record CreateSchema(String name, String comment) implements SchemaChange {
    @Override
    public String describe() {
      return "create schema " + name;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createSchema(this);
    }
  }

  /**
   * {@code DROP SCHEMA} (its objects are dropped by their own changes first).
   *
   * @param name the schema name
   * @param comment its comment, or {@code null} (for the reverse statement)
   */
  record DropSchema(String name, String comment) implements SchemaChange {
    @Override
    public String describe() {
      return "drop schema " + name;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropSchema(this);
    }
  }

  /**
   * {@code CREATE EXTENSION}.
   *
   * @param extension the extension
   */
  record CreateExtension(Extension extension) implements SchemaChange {
    @Override
    public String describe() {
      return "create extension " + extension.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createExtension(this);
    }
  }

  /**
   * {@code DROP EXTENSION}.
   *
   * @param extension the extension
   */
  record DropExtension(Extension extension) implements SchemaChange {
    @Override
    public String describe() {
      return "drop extension " + extension.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropExtension(this);
    }
  }

  /**
   * {@code ALTER EXTENSION … SET SCHEMA} and/or {@code UPDATE TO}.
   *
   * @param from the installed extension
   * @param to the desired extension
   */
  record AlterExtension(Extension from, Extension to) implements SchemaChange {
    @Override
    public String describe() {
      return "alter extension " + to.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterExtension(this);
    }
  }

  // ---------------------------------------------------------------- tables

  /**
   * Creates a table with everything on it: columns, constraints (foreign keys as separate
   * statements), indexes, triggers, policies, row-level security and comments.
   *
   * @param table the table
   */
  record CreateTable(Table table) implements SchemaChange {
    @Override
    public String describe() {
      return "create table " + table.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createTable(this);
    }
  }

  /**
   * Drops a table (with its indexes, constraints, triggers and owned sequences).
   *
   * @param table the table as it exists
   */
  record DropTable(Table table) implements SchemaChange {
    @Override
    public String describe() {
      return "drop table " + table.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropTable(this);
    }
  }

  /**
   * {@code ALTER TABLE … RENAME TO}, from a rename hint.
   *
   * @param from the current name
   * @param newName the new unqualified name (same schema)
   */
  record RenameTable(QualifiedName from, String newName) implements SchemaChange {
    @Override
    public String describe() {
      return "rename table " + from + " to " + newName;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameTable(this);
    }
  }

  /**
   * {@code ALTER TABLE … SET LOGGED | UNLOGGED}.
   *
   * @param table the table
   * @param unlogged the desired state
   */
  record SetTableLogging(QualifiedName table, boolean unlogged) implements SchemaChange {
    @Override
    public String describe() {
      return "set table " + table + (unlogged ? " unlogged" : " logged");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.setTableLogging(this);
    }
  }

  /**
   * {@code ALTER TABLE … ENABLE | DISABLE ROW LEVEL SECURITY} and {@code [NO] FORCE ROW LEVEL
   * SECURITY}.
   *
   * @param table the table
   * @param fromEnabled whether row-level security is enabled now
   * @param fromForced whether it is forced now
   * @param enabled whether it should be enabled
   * @param forced whether it should be forced
   */
  record SetRowSecurity(
      QualifiedName table, boolean fromEnabled, boolean fromForced, boolean enabled, boolean forced)
      implements SchemaChange {
    @Override
    public String describe() {
      return "set row level security on "
          + table
          + ": "
          + (enabled ? "enabled" : "disabled")
          + (forced ? ", forced" : "");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.setRowSecurity(this);
    }
  }

  /**
   * Attaches, detaches or re-bounds a partition: the table exists on both sides but its parent or
   * bound differs.
   *
   * @param table the partition
   * @param fromParent its current parent, or {@code null}
   * @param fromBound its current bound, or {@code null}
   * @param toParent the desired parent, or {@code null}
   * @param toBound the desired bound, or {@code null}
   */
  record AlterPartition(
      QualifiedName table,
      QualifiedName fromParent,
      String fromBound,
      QualifiedName toParent,
      String toBound)
      implements SchemaChange {
    @Override
    public String describe() {
      return "change partitioning of " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterPartition(this);
    }
  }

  // ---------------------------------------------------------------- columns

  /**
   * {@code ALTER TABLE … ADD COLUMN}.
   *
   * @param table the table
   * @param column the column
   */
  record AddColumn(QualifiedName table, Column column) implements SchemaChange {
    @Override
    public String describe() {
      return "add column " + table + "." + column.name() + " (" + column.type() + ")";
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.addColumn(this);
    }
  }

  /**
   * {@code ALTER TABLE … DROP COLUMN}.
   *
   * @param table the table
   * @param column the column as it exists
   */
  record DropColumn(QualifiedName table, Column column) implements SchemaChange {
    @Override
    public String describe() {
      return "drop column " + table + "." + column.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropColumn(this);
    }
  }

  /**
   * {@code ALTER TABLE … RENAME COLUMN}, from a rename hint.
   *
   * @param table the table (its new name when it is renamed too)
   * @param from the current column name
   * @param to the new column name
   */
  record RenameColumn(QualifiedName table, String from, String to) implements SchemaChange {
    @Override
    public String describe() {
      return "rename column " + table + "." + from + " to " + to;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameColumn(this);
    }
  }

  /**
   * {@code ALTER COLUMN … TYPE … [COLLATE …] [USING …]}: the type or the collation changes.
   *
   * @param table the table
   * @param from the column as it exists
   * @param to the desired column
   */
  record AlterColumnType(QualifiedName table, Column from, Column to) implements SchemaChange {
    @Override
    public String describe() {
      return "change type of "
          + table
          + "."
          + to.name()
          + " from "
          + from.type()
          + " to "
          + to.type()
          + (Objects.equals(from.collation(), to.collation())
              ? ""
              : " collate " + (to.collation() == null ? "default" : to.collation()));
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterColumnType(this);
    }
  }

  /**
   * {@code ALTER COLUMN … SET | DROP NOT NULL}.
   *
   * @param table the table
   * @param column the column name
   * @param notNull the desired state
   */
  record AlterColumnNullability(QualifiedName table, String column, boolean notNull)
      implements SchemaChange {
    @Override
    public String describe() {
      return (notNull ? "set not null on " : "drop not null on ") + table + "." + column;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterColumnNullability(this);
    }
  }

  /**
   * {@code ALTER COLUMN … SET | DROP DEFAULT}.
   *
   * @param table the table
   * @param column the column name
   * @param from the current default, or {@code null}
   * @param to the desired default, or {@code null} to drop it
   */
  record AlterColumnDefault(QualifiedName table, String column, String from, String to)
      implements SchemaChange {
    @Override
    public String describe() {
      return (to == null ? "drop default of " : "set default of ")
          + table
          + "."
          + column
          + (to == null ? "" : " to " + to);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterColumnDefault(this);
    }
  }

  /**
   * Adds, drops or changes an identity ({@code ADD GENERATED … AS IDENTITY}, {@code DROP IDENTITY},
   * {@code SET GENERATED …}).
   *
   * @param table the table
   * @param column the column name
   * @param from the current identity, or {@code null}
   * @param to the desired identity, or {@code null}
   */
  record AlterColumnIdentity(
      QualifiedName table, String column, Column.Identity from, Column.Identity to)
      implements SchemaChange {
    @Override
    public String describe() {
      return "change identity of " + table + "." + column + " from " + from + " to " + to;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterColumnIdentity(this);
    }
  }

  /**
   * A stored generated column stops being generated ({@code DROP EXPRESSION}). Becoming generated,
   * or changing the expression, is planned as {@link DropColumn} + {@link AddColumn}, which works
   * on every supported version and recomputes the values either way.
   *
   * @param table the table
   * @param column the column name
   * @param expression the expression it had
   */
  record DropColumnExpression(QualifiedName table, String column, String expression)
      implements SchemaChange {
    @Override
    public String describe() {
      return "make " + table + "." + column + " a plain (not generated) column";
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropColumnExpression(this);
    }
  }

  // ---------------------------------------------------------------- constraints and indexes

  /**
   * {@code ALTER TABLE … ADD CONSTRAINT}.
   *
   * @param table the table
   * @param constraint the constraint
   */
  record AddConstraint(QualifiedName table, Constraint constraint) implements SchemaChange {
    @Override
    public String describe() {
      return "add constraint " + constraint.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.addConstraint(this);
    }
  }

  /**
   * {@code ALTER TABLE … DROP CONSTRAINT}.
   *
   * @param table the table
   * @param constraint the constraint as it exists
   */
  record DropConstraint(QualifiedName table, Constraint constraint) implements SchemaChange {
    @Override
    public String describe() {
      return "drop constraint " + constraint.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropConstraint(this);
    }
  }

  /**
   * {@code ALTER TABLE … VALIDATE CONSTRAINT} for a constraint that exists {@code NOT VALID}.
   *
   * @param table the table
   * @param constraint the desired (validated) constraint
   */
  record ValidateConstraint(QualifiedName table, Constraint constraint) implements SchemaChange {
    @Override
    public String describe() {
      return "validate constraint " + constraint.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.validateConstraint(this);
    }
  }

  /**
   * {@code ALTER TABLE … RENAME CONSTRAINT}: same definition, new name.
   *
   * @param table the table
   * @param from the current name
   * @param to the new name
   */
  record RenameConstraint(QualifiedName table, String from, String to) implements SchemaChange {
    @Override
    public String describe() {
      return "rename constraint " + from + " on " + table + " to " + to;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameConstraint(this);
    }
  }

  /**
   * {@code CREATE INDEX} on a table or materialized view.
   *
   * @param table the table or materialized view
   * @param index the index
   */
  record CreateIndex(QualifiedName table, Index index) implements SchemaChange {
    @Override
    public String describe() {
      return "create index " + index.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createIndex(this);
    }
  }

  /**
   * {@code DROP INDEX}.
   *
   * @param table the table or materialized view
   * @param index the index as it exists
   */
  record DropIndex(QualifiedName table, Index index) implements SchemaChange {
    @Override
    public String describe() {
      return "drop index " + index.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropIndex(this);
    }
  }

  /**
   * An index keeps its name but its definition changes.
   *
   * @param table the table or materialized view
   * @param from the index as it exists
   * @param to the desired index
   */
  record ReplaceIndex(QualifiedName table, Index from, Index to) implements SchemaChange {
    @Override
    public String describe() {
      return "rebuild index " + to.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.replaceIndex(this);
    }
  }

  /**
   * {@code ALTER INDEX … RENAME TO}: same definition, new name.
   *
   * @param table the table
   * @param from the current name
   * @param to the new name
   */
  record RenameIndex(QualifiedName table, String from, String to) implements SchemaChange {
    @Override
    public String describe() {
      return "rename index " + from + " on " + table + " to " + to;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameIndex(this);
    }
  }

  // ---------------------------------------------------------------- sequences

  /**
   * {@code CREATE SEQUENCE} (and {@code OWNED BY} once the owner exists).
   *
   * @param sequence the sequence
   */
  record CreateSequence(Sequence sequence) implements SchemaChange {
    @Override
    public String describe() {
      return "create sequence " + sequence.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createSequence(this);
    }
  }

  /**
   * {@code DROP SEQUENCE}.
   *
   * @param sequence the sequence as it exists
   */
  record DropSequence(Sequence sequence) implements SchemaChange {
    @Override
    public String describe() {
      return "drop sequence " + sequence.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropSequence(this);
    }
  }

  /**
   * {@code ALTER SEQUENCE}: parameters or owner change.
   *
   * @param from the sequence as it exists
   * @param to the desired sequence
   */
  record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
    @Override
    public String describe() {
      return "alter sequence " + to.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterSequence(this);
    }
  }

  /**
   * {@code ALTER SEQUENCE … RENAME TO}: the sequence owned by a renamed table's column follows it.
   *
   * @param from the current name
   * @param newName the new unqualified name
   */
  record RenameSequence(QualifiedName from, String newName) implements SchemaChange {
    @Override
    public String describe() {
      return "rename sequence " + from + " to " + newName;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameSequence(this);
    }
  }

  // ---------------------------------------------------------------- types

  /**
   * {@code CREATE TYPE … AS ENUM}.
   *
   * @param type the enum
   */
  record CreateEnum(EnumType type) implements SchemaChange {
    @Override
    public String describe() {
      return "create enum " + type.name() + " " + type.labels();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createEnum(this);
    }
  }

  /**
   * {@code DROP TYPE} of an enum.
   *
   * @param type the enum as it exists
   */
  record DropEnum(EnumType type) implements SchemaChange {
    @Override
    public String describe() {
      return "drop enum " + type.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropEnum(this);
    }
  }

  /**
   * {@code ALTER TYPE … ADD VALUE … [BEFORE | AFTER …]}. Never a recast of the type.
   *
   * @param type the enum
   * @param label the new label
   * @param before the existing label it goes before, or {@code null}
   * @param after the existing label it goes after, or {@code null} (both null: at the end)
   */
  record AddEnumValue(QualifiedName type, String label, String before, String after)
      implements SchemaChange {
    @Override
    public String describe() {
      return "add value '"
          + label
          + "' to enum "
          + type
          + (before != null ? " before '" + before + "'" : "")
          + (after != null ? " after '" + after + "'" : "");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.addEnumValue(this);
    }
  }

  /**
   * {@code ALTER TYPE … RENAME VALUE}: the only label change that keeps data without a migration.
   * Only emitted when a label at one position is replaced by another and nothing else moves.
   *
   * @param type the enum
   * @param from the current label
   * @param to the new label
   */
  record RenameEnumValue(QualifiedName type, String from, String to) implements SchemaChange {
    @Override
    public String describe() {
      return "rename value '" + from + "' of enum " + type + " to '" + to + "'";
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.renameEnumValue(this);
    }
  }

  /**
   * Labels are removed or reordered, which PostgreSQL cannot do in place: the type is recreated
   * (old type renamed away, new type created, every column using it converted through {@code text},
   * old type dropped). Rows holding a removed label make the conversion fail, so this change
   * <b>needs a data migration</b> and the plan says so.
   *
   * @param from the enum as it exists
   * @param to the desired enum
   * @param usages the columns whose type is this enum (or an array of it)
   */
  record RecreateEnum(EnumType from, EnumType to, List<ColumnUsage> usages)
      implements SchemaChange {
    /** Copies the list. */
    public RecreateEnum {
      usages = List.copyOf(usages);
    }

    @Override
    public String describe() {
      return "recreate enum " + to.name() + " " + from.labels() + " -> " + to.labels();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.recreateEnum(this);
    }
  }

  /**
   * A column whose type is (an array of) a type being recreated.
   *
   * @param table the table
   * @param column the column as it exists
   * @param desired the column as desired
   */
  record ColumnUsage(QualifiedName table, Column column, Column desired) {}

  /**
   * {@code CREATE DOMAIN}.
   *
   * @param domain the domain
   */
  record CreateDomain(Domain domain) implements SchemaChange {
    @Override
    public String describe() {
      return "create domain " + domain.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createDomain(this);
    }
  }

  /**
   * {@code DROP DOMAIN}.
   *
   * @param domain the domain as it exists
   */
  record DropDomain(Domain domain) implements SchemaChange {
    @Override
    public String describe() {
      return "drop domain " + domain.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropDomain(this);
    }
  }

  /**
   * {@code ALTER DOMAIN}: default, {@code NOT NULL} or check constraints change (same base type).
   *
   * @param from the domain as it exists
   * @param to the desired domain
   */
  record AlterDomain(Domain from, Domain to) implements SchemaChange {
    @Override
    public String describe() {
      return "alter domain " + to.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterDomain(this);
    }
  }

  /**
   * {@code CREATE TYPE … AS (…)}.
   *
   * @param type the composite type
   */
  record CreateCompositeType(CompositeType type) implements SchemaChange {
    @Override
    public String describe() {
      return "create type " + type.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createCompositeType(this);
    }
  }

  /**
   * {@code DROP TYPE} of a composite type.
   *
   * @param type the type as it exists
   */
  record DropCompositeType(CompositeType type) implements SchemaChange {
    @Override
    public String describe() {
      return "drop type " + type.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropCompositeType(this);
    }
  }

  /**
   * {@code ALTER TYPE … ADD | DROP | ALTER ATTRIBUTE}. PostgreSQL refuses to change an attribute's
   * type while a table column uses the composite type, so such columns are converted to {@code
   * text} around that change and back.
   *
   * @param from the type as it exists
   * @param to the desired type
   * @param usages columns of this type (or arrays of it) that must be converted around an attribute
   *     type change; empty when no attribute changes type
   */
  record AlterCompositeType(CompositeType from, CompositeType to, List<ColumnUsage> usages)
      implements SchemaChange {
    /** Copies the list. */
    public AlterCompositeType {
      usages = List.copyOf(usages);
    }

    @Override
    public String describe() {
      return "alter type " + to.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterCompositeType(this);
    }
  }

  // ---------------------------------------------------------------- views and routines

  /**
   * {@code CREATE [MATERIALIZED] VIEW} (with the indexes of a materialized view).
   *
   * @param view the view
   */
  record CreateView(View view) implements SchemaChange {
    @Override
    public String describe() {
      return "create " + (view.materialized() ? "materialized view " : "view ") + view.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createView(this);
    }
  }

  /**
   * {@code DROP [MATERIALIZED] VIEW}.
   *
   * @param view the view as it exists
   */
  record DropView(View view) implements SchemaChange {
    @Override
    public String describe() {
      return "drop " + (view.materialized() ? "materialized view " : "view ") + view.name();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropView(this);
    }
  }

  /**
   * A view whose definition or options change, or that must be dropped and recreated around a
   * change of something it reads (a column type change, a recreated view it selects from). Planned
   * as drop + create, because {@code CREATE OR REPLACE VIEW} fails whenever a column's type or
   * position changes.
   *
   * @param from the view as it exists
   * @param to the desired view
   * @param reason why it is recreated
   */
  record ReplaceView(View from, View to, String reason) implements SchemaChange {
    @Override
    public String describe() {
      return "recreate "
          + (to.materialized() ? "materialized view " : "view ")
          + to.name()
          + " ("
          + reason
          + ")";
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.replaceView(this);
    }
  }

  /**
   * {@code CREATE FUNCTION | PROCEDURE}.
   *
   * @param routine the routine
   */
  record CreateRoutine(Routine routine) implements SchemaChange {
    @Override
    public String describe() {
      return "create " + (routine.procedure() ? "procedure " : "function ") + routine.signature();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createRoutine(this);
    }
  }

  /**
   * {@code DROP FUNCTION | PROCEDURE}.
   *
   * @param routine the routine as it exists
   */
  record DropRoutine(Routine routine) implements SchemaChange {
    @Override
    public String describe() {
      return "drop " + (routine.procedure() ? "procedure " : "function ") + routine.signature();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropRoutine(this);
    }
  }

  /**
   * A routine with the same signature and a new body: {@code CREATE OR REPLACE} when PostgreSQL
   * allows it, drop + create when the result type, kind or argument list (defaults, names of output
   * arguments) changes.
   *
   * @param from the routine as it exists
   * @param to the desired routine
   */
  record ReplaceRoutine(Routine from, Routine to) implements SchemaChange {
    @Override
    public String describe() {
      return "replace " + (to.procedure() ? "procedure " : "function ") + to.signature();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.replaceRoutine(this);
    }
  }

  // ---------------------------------------------------------------- triggers, policies, comments

  /**
   * {@code CREATE TRIGGER} (and its enabled state and comment).
   *
   * @param table the table
   * @param trigger the trigger
   */
  record CreateTrigger(QualifiedName table, Trigger trigger) implements SchemaChange {
    @Override
    public String describe() {
      return "create trigger " + trigger.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createTrigger(this);
    }
  }

  /**
   * {@code DROP TRIGGER}.
   *
   * @param table the table
   * @param trigger the trigger as it exists
   */
  record DropTrigger(QualifiedName table, Trigger trigger) implements SchemaChange {
    @Override
    public String describe() {
      return "drop trigger " + trigger.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropTrigger(this);
    }
  }

  /**
   * {@code ALTER TABLE … ENABLE | DISABLE TRIGGER}.
   *
   * @param table the table
   * @param trigger the trigger name
   * @param from the current {@code tgenabled}
   * @param to the desired {@code tgenabled}
   */
  record SetTriggerEnabled(QualifiedName table, String trigger, char from, char to)
      implements SchemaChange {
    @Override
    public String describe() {
      return "set trigger " + trigger + " on " + table + " to " + to;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.setTriggerEnabled(this);
    }
  }

  /**
   * {@code CREATE POLICY}.
   *
   * @param table the table
   * @param policy the policy
   */
  record CreatePolicy(QualifiedName table, Policy policy) implements SchemaChange {
    @Override
    public String describe() {
      return "create policy " + policy.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.createPolicy(this);
    }
  }

  /**
   * {@code DROP POLICY}.
   *
   * @param table the table
   * @param policy the policy as it exists
   */
  record DropPolicy(QualifiedName table, Policy policy) implements SchemaChange {
    @Override
    public String describe() {
      return "drop policy " + policy.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.dropPolicy(this);
    }
  }

  /**
   * A policy changes: {@code ALTER POLICY} when only roles and expressions change (and no
   * expression is removed), drop + create otherwise.
   *
   * @param table the table
   * @param from the policy as it exists
   * @param to the desired policy
   */
  record AlterPolicy(QualifiedName table, Policy from, Policy to) implements SchemaChange {
    @Override
    public String describe() {
      return "alter policy " + to.name() + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.alterPolicy(this);
    }
  }

  /**
   * {@code COMMENT ON … IS …} for an object that exists on both sides.
   *
   * @param objectType the SQL object type, e.g. {@code TABLE}, {@code COLUMN}, {@code CONSTRAINT}
   * @param objectSql the object reference as SQL, e.g. {@code public.t.c} or {@code c_pk ON
   *     public.t}
   * @param from the current comment, or {@code null}
   * @param to the desired comment, or {@code null} to remove it
   */
  record SetComment(String objectType, String objectSql, String from, String to)
      implements SchemaChange {
    @Override
    public String describe() {
      return (to == null ? "remove comment on " : "comment on ")
          + objectType.toLowerCase(java.util.Locale.ROOT)
          + " "
          + objectSql;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.setComment(this);
    }
  }

  /**
   * One method per change kind, so that code switching over changes is checked for completeness by
   * the compiler.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createSchema(CreateSchema c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropSchema(DropSchema c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createExtension(CreateExtension c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropExtension(DropExtension c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterExtension(AlterExtension c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createTable(CreateTable c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropTable(DropTable c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameTable(RenameTable c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R setTableLogging(SetTableLogging c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R setRowSecurity(SetRowSecurity c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterPartition(AlterPartition c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R addColumn(AddColumn c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropColumn(DropColumn c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameColumn(RenameColumn c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterColumnType(AlterColumnType c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterColumnNullability(AlterColumnNullability c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterColumnDefault(AlterColumnDefault c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterColumnIdentity(AlterColumnIdentity c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropColumnExpression(DropColumnExpression c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R addConstraint(AddConstraint c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropConstraint(DropConstraint c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R validateConstraint(ValidateConstraint c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameConstraint(RenameConstraint c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createIndex(CreateIndex c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropIndex(DropIndex c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R replaceIndex(ReplaceIndex c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameIndex(RenameIndex c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createSequence(CreateSequence c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropSequence(DropSequence c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterSequence(AlterSequence c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameSequence(RenameSequence c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createEnum(CreateEnum c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropEnum(DropEnum c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R addEnumValue(AddEnumValue c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R renameEnumValue(RenameEnumValue c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R recreateEnum(RecreateEnum c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createDomain(CreateDomain c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropDomain(DropDomain c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterDomain(AlterDomain c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createCompositeType(CreateCompositeType c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropCompositeType(DropCompositeType c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterCompositeType(AlterCompositeType c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createView(CreateView c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropView(DropView c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R replaceView(ReplaceView c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createRoutine(CreateRoutine c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropRoutine(DropRoutine c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R replaceRoutine(ReplaceRoutine c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createTrigger(CreateTrigger c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropTrigger(DropTrigger c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R setTriggerEnabled(SetTriggerEnabled c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R createPolicy(CreatePolicy c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R dropPolicy(DropPolicy c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R alterPolicy(AlterPolicy c);

    /**
     * Visits a change.
     *
     * @param c the change
     * @return the result
     */
    R setComment(SetComment c);
  }
}
