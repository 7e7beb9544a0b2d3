package dev.cairn.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic migration history: tables created over time, columns added and changed,
 * indexes and foreign keys added later. Deterministic, and every history is a prefix of a longer
 * one (the first 100 migrations of the 5,000-history are the 100-history), so that costs measured
 * at different sizes differ only in the number of migrations.
 *
 * <p>Roughly three files in ten create a table (with a unique index and a comment), the others add
 * a column with a default, add an index, add a foreign key with its index, or change a column's
 * type. A file has 2.1 statements on average.
 */
public final class MigrationGenerator {
  /** What each file does, by position in a cycle of ten (after the first three tables). */
  private static final Kind[] CYCLE = {
    Kind.CREATE_TABLE,
    Kind.ADD_COLUMN,
    Kind.ADD_INDEX,
    Kind.ADD_FOREIGN_KEY,
    Kind.CREATE_TABLE,
    Kind.CHANGE_COLUMN,
    Kind.ADD_COLUMN,
    Kind.ADD_INDEX,
    Kind.CREATE_TABLE,
    Kind.ADD_FOREIGN_KEY
  };

  private enum Kind {
    CREATE_TABLE,
    ADD_COLUMN,
    ADD_INDEX,
    ADD_FOREIGN_KEY,
    CHANGE_COLUMN
  }

  /**
   * One generated migration.
   *
   * @param number its position, from 1
   * @param description a short snake-case description for the file name
   * @param statements the statements, each without its terminating semicolon
   */
  public record Migration(int number, String description, List<String> statements) {
    /** Copies the statements. */
    public Migration {
      statements = List.copyOf(statements);
    }

    /**
     * The file content: each statement terminated by a semicolon, on its own line(s).
     *
     * @return the SQL text
     */
    public String sql() {
      StringBuilder b = new StringBuilder();
      for (String s : statements) {
        b.append(s).append(";\n");
      }
      return b.toString();
    }
  }

  private static final class TableState {
    final int number;
    final List<String> intColumns = new ArrayList<>();
    boolean hasForeignKey;

    TableState(int number) {
      this.number = number;
    }
  }

  private MigrationGenerator() {}

  /**
   * Generates a history.
   *
   * @param count how many migrations
   * @return the migrations, in order
   */
  public static List<Migration> generate(int count) {
    Random random = new Random(20_240_101L);
    List<TableState> tables = new ArrayList<>();
    List<Migration> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      Kind kind = i <= 3 ? Kind.CREATE_TABLE : CYCLE[i % CYCLE.length];
      out.add(migration(i, kind, tables, random));
    }
    return out;
  }

  private static Migration migration(int i, Kind kind, List<TableState> tables, Random random) {
    switch (kind) {
      case ADD_COLUMN:
        {
          TableState t = pick(tables, random);
          String column = "c" + i;
          t.intColumns.add(column);
          return new Migration(
              i,
              "add_" + column + "_to_t" + t.number,
              List.of(
                  "ALTER TABLE t" + t.number + " ADD COLUMN " + column + " integer",
                  "ALTER TABLE t" + t.number + " ALTER COLUMN " + column + " SET DEFAULT 0"));
        }
      case ADD_INDEX:
        {
          TableState t = pick(tables, random);
          String columns =
              t.intColumns.isEmpty()
                  ? "name, created_at"
                  : t.intColumns.get(random.nextInt(t.intColumns.size()));
          return new Migration(
              i,
              "index_t" + t.number,
              List.of(
                  "CREATE INDEX t"
                      + t.number
                      + "_i"
                      + i
                      + "_idx ON t"
                      + t.number
                      + " ("
                      + columns
                      + ")"));
        }
      case ADD_FOREIGN_KEY:
        {
          List<TableState> candidates = tables.stream().filter(t -> !t.hasForeignKey).toList();
          if (candidates.isEmpty()) {
            return migration(i, Kind.ADD_COLUMN, tables, random);
          }
          TableState from = candidates.get(random.nextInt(candidates.size()));
          TableState to = pick(tables, random);
          from.hasForeignKey = true;
          return new Migration(
              i,
              "fk_t" + from.number + "_t" + to.number,
              List.of(
                  "ALTER TABLE t"
                      + from.number
                      + " ADD CONSTRAINT t"
                      + from.number
                      + "_ref_fk FOREIGN KEY (ref_id) REFERENCES t"
                      + to.number
                      + " (id) ON DELETE SET NULL",
                  "CREATE INDEX t" + from.number + "_ref_idx ON t" + from.number + " (ref_id)"));
        }
      case CHANGE_COLUMN:
        {
          List<TableState> candidates =
              tables.stream().filter(t -> !t.intColumns.isEmpty()).toList();
          if (candidates.isEmpty()) {
            TableState t = pick(tables, random);
            return new Migration(
                i,
                "widen_code_t" + t.number,
                List.of("ALTER TABLE t" + t.number + " ALTER COLUMN code TYPE varchar(80)"));
          }
          TableState t = candidates.get(random.nextInt(candidates.size()));
          String column = t.intColumns.remove(random.nextInt(t.intColumns.size()));
          return new Migration(
              i,
              "bigint_" + column + "_t" + t.number,
              List.of(
                  "ALTER TABLE t" + t.number + " ALTER COLUMN " + column + " TYPE bigint",
                  "ALTER TABLE t" + t.number + " ALTER COLUMN " + column + " SET NOT NULL"));
        }
      case CREATE_TABLE:
      default:
        {
          TableState t = new TableState(tables.size() + 1);
          tables.add(t);
          String n = "t" + t.number;
          return new Migration(
              i,
              "create_" + n,
              List.of(
                  "CREATE TABLE "
                      + n
                      + " (\n"
                      + "  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                      + "  name varchar(100) NOT NULL,\n"
                      + "  code varchar(40),\n"
                      + "  amount numeric(12,2) NOT NULL DEFAULT 0,\n"
                      + "  ref_id bigint,\n"
                      + "  created_at timestamptz NOT NULL DEFAULT now()\n"
                      + ")",
                  "CREATE UNIQUE INDEX " + n + "_code_key ON " + n + " (code)",
                  "COMMENT ON TABLE " + n + " IS 'generated table " + t.number + "'"));
        }
    }
  }

  private static TableState pick(List<TableState> tables, Random random) {
    return tables.get(random.nextInt(tables.size()));
  }
}
