package dev.cairn.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link CatalogInspector} reads. Immutable; each {@code with…}/{@code excluding…} method
 * returns a changed copy.
 *
 * <p>Names are matched exactly as the catalog stores them (case-sensitive, unquoted); {@code *}
 * matches any run of characters and {@code ?} one character. A table pattern without a dot matches
 * that table in every schema; {@code schema.table} matches in one schema.
 *
 * @param schemas the schemas to read; empty reads every user schema (and then database-wide objects
 *     such as casts or event triggers are checked too)
 * @param excludedSchemas schema name patterns never read
 * @param excludedTables table or view name patterns never read, with their indexes, constraints,
 *     triggers, policies and owned sequences
 */
public record InspectOptions(
    List<String> schemas, List<String> excludedSchemas, List<String> excludedTables) {

  /**
   * The name of the revision table (and of its default schema) used by Cairn and Atlas; excluded by
   * {@link #defaults()} because it records history, not schema.
   */
  public static final String REVISION_TABLE = "atlas_schema_revisions";

  /** Copies the lists and drops duplicates. */
  public InspectOptions {
    schemas = distinct(schemas);
    excludedSchemas = distinct(excludedSchemas);
    excludedTables = distinct(excludedTables);
  }

  /**
   * Every user schema except the revision schema, and no revision table in any schema.
   *
   * @return the default options
   */
  public static InspectOptions defaults() {
    return new InspectOptions(List.of(), List.of(REVISION_TABLE), List.of(REVISION_TABLE));
  }

  /**
   * Reads every user schema and table, the revision table included.
   *
   * @return options without any exclusion
   */
  public static InspectOptions everything() {
    return new InspectOptions(List.of(), List.of(), List.of());
  }

  /**
   * Reads only the given schemas.
   *
   * @param names schema names (patterns allowed); none means all
   * @return the changed options
   */
  public InspectOptions withSchemas(String... names) {
    return withSchemas(List.of(names));
  }

  /**
   * Reads only the given schemas.
   *
   * @param names schema names (patterns allowed); empty means all
   * @return the changed options
   */
  public InspectOptions withSchemas(Collection<String> names) {
    return new InspectOptions(List.copyOf(names), excludedSchemas, excludedTables);
  }

  /**
   * Adds schemas to leave out.
   *
   * @param names schema names or patterns
   * @return the changed options
   */
  public InspectOptions excludingSchemas(String... names) {
    return new InspectOptions(schemas, concat(excludedSchemas, names), excludedTables);
  }

  /**
   * Adds tables (or views) to leave out.
   *
   * @param names {@code table} or {@code schema.table}, patterns allowed
   * @return the changed options
   */
  public InspectOptions excludingTables(String... names) {
    return new InspectOptions(schemas, excludedSchemas, concat(excludedTables, names));
  }

  /**
   * Whether a schema is read.
   *
   * @param schema the schema name as stored in the catalog
   * @return true when included and not excluded
   */
  public boolean includesSchema(String schema) {
    if (!schemas.isEmpty() && schemas.stream().noneMatch(p -> matches(p, schema))) {
      return false;
    }
    return excludedSchemas.stream().noneMatch(p -> matches(p, schema));
  }

  /**
   * Whether a table or view is read (its schema being included).
   *
   * @param schema the schema name
   * @param table the table name
   * @return false when an exclusion pattern matches it
   */
  public boolean includesTable(String schema, String table) {
    for (String p : excludedTables) {
      int dot = p.indexOf('.');
      boolean hit =
          dot < 0
              ? matches(p, table)
              : matches(p.substring(0, dot), schema) && matches(p.substring(dot + 1), table);
      if (hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String pattern, String name) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
      return pattern.equals(name);
    }
    StringBuilder re = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      if (ch == '*') {
        re.append(".*");
      } else if (ch == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString()).matcher(name).matches();
  }

  private static List<String> distinct(List<String> names) {
    Set<String> set = new LinkedHashSet<>();
    for (String n : names) {
      if (n == null || n.isBlank()) {
        throw new IllegalArgumentException("Blank name in inspect options: " + names);
      }
      set.add(n.strip());
    }
    return List.copyOf(set);
  }

  private static List<String> concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "InspectOptions[schemas=%s, excludedSchemas=%s, excludedTables=%s]",
        schemas.isEmpty() ? "all" : schemas,
        excludedSchemas,
        excludedTables);
  }
}
