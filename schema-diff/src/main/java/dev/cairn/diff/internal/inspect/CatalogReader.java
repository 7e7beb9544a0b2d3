package dev.cairn.diff.internal.inspect;

import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.diff.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one database's catalog into the model with one query per object kind. Grouping happens in
 * Java by oid; sorting happens in Java too, so the result does not depend on the database's
 * collation.
 */
public final class CatalogReader {
  /** Extensions every database has from {@code template0}; listing them would only add noise. */
  private static final Set<String> BUILT_IN_EXTENSIONS = Set.of("plpgsql");

  private final Connection connection;
  private final InspectOptions options;
  private final List<UnsupportedObject> unsupported = new ArrayList<>();
  private Array schemaArray;

  private CatalogReader(Connection connection, InspectOptions options) {
    this.connection = connection;
    this.options = options;
  }

  /**
   * Reads the catalog. The caller has set up the session (search path, read-only snapshot).
   *
   * @param connection the connection
   * @param options what to read
   * @return the database model
   * @throws SQLException when a query fails
   */
  public static Database read(Connection connection, InspectOptions options) throws SQLException {
    return new CatalogReader(connection, options).read();
  }

  /** One relation as read from {@code pg_class}, before its parts are attached. */
  private static final class Rel {
    long oid;
    QualifiedName name;
    char kind;
    boolean unlogged;
    boolean rowSecurity;
    boolean forceRowSecurity;
    String partitionKey;
    QualifiedName partitionOf;
    String partitionBound;
    String viewDefinition;
    List<String> options;
    String comment;
    final List<Column> columns = new ArrayList<>();
    final List<Constraint> constraints = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final Set<QualifiedName> dependsOn = new TreeSet<>();
  }

  private Database read() throws SQLException {
    Map<String, String> schemaComments = readSchemas();
    schemaArray = connection.createArrayOf("text", schemaComments.keySet().toArray(new String[0]));
    Map<Long, Rel> rels = readRelations();
    Map<Long, List<CompositeType.Attribute>> compositeAttributes = readColumns(rels);
    Map<Long, List<Constraint>> domainChecks = readConstraints(rels);
    readIndexes(rels);
    readTriggers(rels);
    readPolicies(rels);
    readViewDependencies(rels);
    Map<String, SchemaParts> parts = new LinkedHashMap<>();
    for (String s : schemaComments.keySet()) {
      parts.put(s, new SchemaParts());
    }
    for (Rel r : rels.values()) {
      SchemaParts p = parts.get(r.name.schema());
      if (r.kind == 'v' || r.kind == 'm') {
        p.views.add(toView(r));
      } else {
        p.tables.add(toTable(r));
      }
    }
    readSequences(parts);
    readTypes(parts, compositeAttributes, domainChecks);
    readRoutines(parts);
    List<Extension> extensions = readExtensions();
    readOtherObjects();

    List<Schema> schemas = new ArrayList<>();
    for (Map.Entry<String, SchemaParts> e : parts.entrySet()) {
      SchemaParts p = e.getValue();
      p.tables.sort(Comparator.comparing(Table::name));
      p.views.sort(Comparator.comparing(View::name));
      p.sequences.sort(Comparator.comparing(Sequence::name));
      p.enums.sort(Comparator.comparing(EnumType::name));
      p.domains.sort(Comparator.comparing(Domain::name));
      p.composites.sort(Comparator.comparing(CompositeType::name));
      p.routines.sort(
          Comparator.comparing(Routine::name).thenComparing(Routine::identityArguments));
      schemas.add(
          new Schema(
              e.getKey(),
              schemaComments.get(e.getKey()),
              p.tables,
              p.sequences,
              p.enums,
              p.domains,
              p.composites,
              p.views,
              p.routines));
    }
    schemas.sort(Comparator.comparing(Schema::name));
    extensions.sort(Comparator.comparing(Extension::name));
    unsupported.sort(
        Comparator.comparing(UnsupportedObject::kind)
            .thenComparing(UnsupportedObject::identity)
            .thenComparing(UnsupportedObject::reason));
    return new Database(schemas, extensions, unsupported);
  }

  /** The objects of one schema while they are being collected. */
  private static final class SchemaParts {
    final List<Table> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final List<CompositeType> composites = new ArrayList<>();
    final List<Routine> routines = new ArrayList<>();
  }

  private Map<String, String> readSchemas() throws SQLException {
    Map<String, String> result = new java.util.TreeMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(CatalogQueries.SCHEMAS)) {
      while (rs.next()) {
        String name = rs.getString("nspname");
        if (options.includesSchema(name)) {
          result.put(name, rs.getString("description"));
          if (rs.getBoolean("has_acl")) {
            report("privileges", quote(name), Reasons.PRIVILEGES);
          }
        }
      }
    }
    return result;
  }

  private ResultSet query(PreparedStatement ps) throws SQLException {
    ps.setArray(1, schemaArray);
    return ps.executeQuery();
  }

  private Map<Long, Rel> readRelations() throws SQLException {
    Map<Long, Rel> rels = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.RELATIONS);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
        if (!options.includesTable(name.schema(), name.name())) {
          continue;
        }
        char kind = rs.getString("relkind").charAt(0);
        if (kind == 'f') {
          report("foreign table", name.sql(), Reasons.FOREIGN_TABLE);
          continue;
        }
        Rel r = new Rel();
        r.oid = rs.getLong("oid");
        r.name = name;
        r.kind = kind;
        r.unlogged = "u".equals(rs.getString("relpersistence"));
        r.rowSecurity = rs.getBoolean("relrowsecurity");
        r.forceRowSecurity = rs.getBoolean("relforcerowsecurity");
        r.partitionKey = rs.getString("partkey");
        String parentSchema = rs.getString("parent_schema");
        r.partitionOf =
            parentSchema == null
                ? null
                : QualifiedName.of(parentSchema, rs.getString("parent_name"));
        r.partitionBound = rs.getString("bound");
        r.viewDefinition = rs.getString("viewdef");
        r.options = sorted(strings(rs, "reloptions"));
        r.comment = rs.getString("description");
        boolean table = kind == 'r' || kind == 'p';
        if (table && !r.options.isEmpty()) {
          report(
              "storage parameters",
              name.sql(),
              Reasons.STORAGE_PARAMETERS + " Set here: " + String.join(", ", r.options) + ".");
        }
        if (rs.getBoolean("has_acl")) {
          report("privileges", name.sql(), Reasons.PRIVILEGES);
        }
        if (table && !"d".equals(rs.getString("relreplident"))) {
          report("replica identity", name.sql(), Reasons.REPLICA_IDENTITY);
        }
        if (rs.getBoolean("has_tablespace")) {
          report("tablespace", name.sql(), Reasons.TABLESPACE);
        }
        List<String> parents = strings(rs, "inherits");
        if (!parents.isEmpty()) {
          report(
              "table inheritance",
              name.sql(),
              "Inherits from " + String.join(", ", parents) + ". " + Reasons.TABLE_INHERITANCE);
        }
        rels.put(r.oid, r);
      }
    }
    return rels;
  }

  private Map<Long, List<CompositeType.Attribute>> readColumns(Map<Long, Rel> rels)
      throws SQLException {
    Map<Long, List<CompositeType.Attribute>> composite = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.COLUMNS);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        long relid = rs.getLong("attrelid");
        String name = rs.getString("attname");
        String type = rs.getString("type");
        String collation = rs.getString("collation");
        Rel r = rels.get(relid);
        if (r == null) {
          // A composite type's attributes (or an excluded relation's columns).
          composite
              .computeIfAbsent(relid, k -> new ArrayList<>())
              .add(new CompositeType.Attribute(name, type, collation));
          continue;
        }
        String identity = rs.getString("identity");
        String generated = rs.getString("generated");
        String expr = rs.getString("default_expr");
        boolean isGenerated = generated != null && !generated.isEmpty();
        Column column =
            new Column(
                name,
                type,
                rs.getBoolean("attnotnull"),
                isGenerated ? null : expr,
                identity == null || identity.isEmpty()
                    ? null
                    : "a".equals(identity) ? Column.Identity.ALWAYS : Column.Identity.BY_DEFAULT,
                isGenerated ? expr : null,
                collation,
                rs.getString("description"));
        r.columns.add(column);
        String columnId = r.name.sql() + "." + quote(name);
        if ("v".equals(generated)) {
          report("virtual generated column", columnId, Reasons.VIRTUAL_GENERATED);
        }
        if (rs.getBoolean("has_acl")) {
          report("privileges", columnId, Reasons.COLUMN_PRIVILEGES);
        }
        List<String> settings = new ArrayList<>();
        if (rs.getBoolean("has_statistics")) {
          settings.add("SET STATISTICS");
        }
        if (rs.getBoolean("has_storage")) {
          settings.add("SET STORAGE");
        }
        if (rs.getBoolean("has_compression")) {
          settings.add("SET COMPRESSION");
        }
        if (rs.getBoolean("has_options")) {
          settings.add("SET (attribute options)");
        }
        if (!settings.isEmpty() && (r.kind == 'r' || r.kind == 'p' || r.kind == 'm')) {
          report(
              "column setting",
              columnId,
              "Uses " + String.join(", ", settings) + ". " + Reasons.COLUMN_SETTINGS);
        }
      }
    }
    return composite;
  }

  private Map<Long, List<Constraint>> readConstraints(Map<Long, Rel> rels) throws SQLException {
    Map<Long, List<Constraint>> domainChecks = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.CONSTRAINTS);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        String refSchema = rs.getString("ref_schema");
        Constraint c =
            new Constraint(
                rs.getString("conname"),
                constraintKind(rs.getString("contype")),
                rs.getString("def"),
                strings(rs, "cols"),
                refSchema == null ? null : QualifiedName.of(refSchema, rs.getString("ref_name")),
                rs.getBoolean("convalidated"),
                rs.getString("description"));
        long relid = rs.getLong("conrelid");
        if (relid != 0) {
          Rel r = rels.get(relid);
          if (r != null) {
            r.constraints.add(c);
          }
        } else {
          domainChecks.computeIfAbsent(rs.getLong("contypid"), k -> new ArrayList<>()).add(c);
        }
      }
    }
    return domainChecks;
  }

  private static Constraint.Kind constraintKind(String contype) {
    switch (contype) {
      case "p":
        return Constraint.Kind.PRIMARY_KEY;
      case "u":
        return Constraint.Kind.UNIQUE;
      case "c":
        return Constraint.Kind.CHECK;
      case "f":
        return Constraint.Kind.FOREIGN_KEY;
      case "x":
        return Constraint.Kind.EXCLUSION;
      default:
        throw new IllegalStateException("Unexpected constraint type " + contype);
    }
  }

  private void readIndexes(Map<Long, Rel> rels) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.INDEXES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        Rel r = rels.get(rs.getLong("indrelid"));
        if (r == null) {
          continue;
        }
        String name = rs.getString("relname");
        r.indexes.add(
            new Index(
                name,
                rs.getString("def"),
                rs.getBoolean("indisunique"),
                strings(rs, "cols"),
                rs.getBoolean("indisvalid"),
                rs.getString("description")));
        if (rs.getBoolean("has_tablespace")) {
          report("tablespace", QualifiedName.of(r.name.schema(), name).sql(), Reasons.TABLESPACE);
        }
      }
    }
  }

  private void readTriggers(Map<Long, Rel> rels) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.TRIGGERS);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        Rel r = rels.get(rs.getLong("tgrelid"));
        if (r == null) {
          continue;
        }
        String name = rs.getString("tgname");
        if (r.kind == 'v' || r.kind == 'm') {
          report("trigger on view", quote(name) + " on " + r.name.sql(), Reasons.VIEW_TRIGGER);
          continue;
        }
        r.triggers.add(
            new Trigger(
                name,
                rs.getString("def"),
                QualifiedName.of(rs.getString("function_schema"), rs.getString("function_name")),
                rs.getString("enabled").charAt(0),
                rs.getString("description")));
      }
    }
  }

  private void readPolicies(Map<Long, Rel> rels) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.POLICIES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        Rel r = rels.get(rs.getLong("polrelid"));
        if (r == null) {
          continue;
        }
        String name = rs.getString("polname");
        r.policies.add(
            new Policy(
                name,
                rs.getBoolean("polpermissive"),
                policyCommand(rs.getString("polcmd")),
                sorted(strings(rs, "roles")),
                rs.getString("using_expr"),
                rs.getString("check_expr")));
        if (rs.getBoolean("has_comment")) {
          report("comment on policy", quote(name) + " on " + r.name.sql(), Reasons.POLICY_COMMENT);
        }
      }
    }
  }

  private static String policyCommand(String polcmd) {
    switch (polcmd) {
      case "r":
        return "SELECT";
      case "a":
        return "INSERT";
      case "w":
        return "UPDATE";
      case "d":
        return "DELETE";
      default:
        return "ALL";
    }
  }

  private void readViewDependencies(Map<Long, Rel> rels) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.VIEW_DEPENDENCIES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        Rel r = rels.get(rs.getLong("ev_class"));
        if (r != null) {
          r.dependsOn.add(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")));
        }
      }
    }
  }

  private static Table toTable(Rel r) {
    return new Table(
        r.name,
        r.columns,
        byName(r.constraints, Constraint::name),
        byName(r.indexes, Index::name),
        byName(r.triggers, Trigger::name),
        byName(r.policies, Policy::name),
        r.rowSecurity,
        r.forceRowSecurity,
        r.partitionKey,
        r.partitionOf,
        r.partitionBound,
        r.unlogged,
        r.comment);
  }

  private View toView(Rel r) {
    if (!r.constraints.isEmpty() || !r.policies.isEmpty()) {
      // Views carry neither; a materialized view cannot either. Never silently drop them.
      throw new IllegalStateException("Unexpected constraints or policies on view " + r.name);
    }
    return new View(
        r.name,
        r.kind == 'm',
        r.viewDefinition,
        r.columns.stream().map(Column::name).toList(),
        r.options,
        byName(r.indexes, Index::name),
        new ArrayList<>(r.dependsOn),
        r.comment);
  }

  private void readSequences(Map<String, SchemaParts> parts) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.SEQUENCES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
        String deptype = rs.getString("deptype");
        Sequence.ColumnRef owner = null;
        if (deptype != null) {
          QualifiedName table =
              QualifiedName.of(rs.getString("table_schema"), rs.getString("table_name"));
          // A sequence owned by an excluded table goes with it (a serial of the revision table).
          if (!options.includesTable(table.schema(), table.name())) {
            continue;
          }
          owner = new Sequence.ColumnRef(table, rs.getString("attname"));
        }
        String type = rs.getString("type");
        long start = rs.getLong("seqstart");
        long increment = rs.getLong("seqincrement");
        long min = rs.getLong("seqmin");
        long max = rs.getLong("seqmax");
        long cache = rs.getLong("seqcache");
        boolean cycle = rs.getBoolean("seqcycle");
        if ("i".equals(deptype)) {
          if (start != 1
              || increment != 1
              || min != 1
              || max != maxOf(type)
              || cache != 1
              || cycle) {
            report(
                "identity options",
                owner.table().sql() + "." + quote(owner.column()),
                String.format(
                    "Its sequence %s has START %d INCREMENT %d MINVALUE %d MAXVALUE %d CACHE %d%s. "
                        + Reasons.IDENTITY_OPTIONS,
                    name.sql(),
                    start,
                    increment,
                    min,
                    max,
                    cache,
                    cycle ? " CYCLE" : ""));
          }
          continue;
        }
        if (rs.getBoolean("has_acl")) {
          report("privileges", name.sql(), Reasons.PRIVILEGES);
        }
        parts
            .get(name.schema())
            .sequences
            .add(
                new Sequence(
                    name,
                    type,
                    start,
                    increment,
                    min,
                    max,
                    cache,
                    cycle,
                    owner,
                    rs.getString("description")));
      }
    }
  }

  private static long maxOf(String type) {
    switch (type) {
      case "smallint":
        return Short.MAX_VALUE;
      case "integer":
        return Integer.MAX_VALUE;
      default:
        return Long.MAX_VALUE;
    }
  }

  private void readTypes(
      Map<String, SchemaParts> parts,
      Map<Long, List<CompositeType.Attribute>> compositeAttributes,
      Map<Long, List<Constraint>> domainChecks)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.TYPES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("typname"));
        SchemaParts p = parts.get(name.schema());
        String comment = rs.getString("description");
        if (rs.getBoolean("has_acl")) {
          report("privileges", name.sql(), Reasons.PRIVILEGES);
        }
        switch (rs.getString("typtype")) {
          case "e":
            p.enums.add(new EnumType(name, strings(rs, "labels"), comment));
            break;
          case "d":
            p.domains.add(
                new Domain(
                    name,
                    rs.getString("base"),
                    rs.getBoolean("typnotnull"),
                    rs.getString("default_expr"),
                    rs.getString("collation"),
                    byName(
                        domainChecks.getOrDefault(rs.getLong("oid"), List.of()), Constraint::name),
                    comment));
            break;
          case "c":
            p.composites.add(
                new CompositeType(
                    name,
                    compositeAttributes.getOrDefault(rs.getLong("typrelid"), List.of()),
                    comment));
            break;
          case "r":
            report("range type", name.sql(), Reasons.RANGE_TYPE);
            break;
          case "p":
            report("shell type", name.sql(), Reasons.SHELL_TYPE);
            break;
          default:
            report("base type", name.sql(), Reasons.BASE_TYPE);
            break;
        }
      }
    }
  }

  private void readRoutines(Map<String, SchemaParts> parts) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.ROUTINES);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("proname"));
        String args = rs.getString("args");
        String kind = rs.getString("prokind");
        String identity = name.sql() + "(" + args + ")";
        if ("a".equals(kind)) {
          report("aggregate", identity, Reasons.AGGREGATE);
          continue;
        }
        if ("w".equals(kind)) {
          report("window function", identity, Reasons.WINDOW_FUNCTION);
          continue;
        }
        if (rs.getBoolean("has_acl")) {
          report("privileges", identity, Reasons.PRIVILEGES);
        }
        parts
            .get(name.schema())
            .routines
            .add(
                new Routine(
                    name,
                    args,
                    "p".equals(kind),
                    rs.getString("def"),
                    rs.getString("result"),
                    rs.getString("description")));
      }
    }
  }

  private List<Extension> readExtensions() throws SQLException {
    List<Extension> result = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(CatalogQueries.EXTENSIONS)) {
      while (rs.next()) {
        String name = rs.getString("extname");
        if (!BUILT_IN_EXTENSIONS.contains(name)) {
          result.add(new Extension(name, rs.getString("nspname"), rs.getString("extversion")));
        }
      }
    }
    return result;
  }

  private void readOtherObjects() throws SQLException {
    boolean wholeDatabase = options.schemas().isEmpty();
    try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.OTHER_OBJECTS);
        ResultSet rs = query(ps)) {
      while (rs.next()) {
        String tableSchema = rs.getString("table_schema");
        if (tableSchema != null
            && !options.includesTable(tableSchema, rs.getString("table_name"))) {
          continue;
        }
        if (rs.getBoolean("database_wide") && !wholeDatabase) {
          continue;
        }
        String kind = rs.getString("kind");
        report(kind, rs.getString("identity"), Reasons.forKind(kind));
      }
    }
  }

  private void report(String kind, String identity, String reason) {
    unsupported.add(new UnsupportedObject(kind, identity, reason));
  }

  private static String quote(String identifier) {
    return dev.cairn.diff.model.Identifiers.quote(identifier);
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array a = rs.getArray(column);
    if (a == null) {
      return List.of();
    }
    Object[] values = (Object[]) a.getArray();
    List<String> result = new ArrayList<>(values.length);
    for (Object v : values) {
      result.add(String.valueOf(v));
    }
    return result;
  }

  private static List<String> sorted(List<String> values) {
    String[] copy = values.toArray(new String[0]);
    Arrays.sort(copy);
    return List.of(copy);
  }

  private static <T> List<T> byName(List<T> items, java.util.function.Function<T, String> name) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(name));
    return copy;
  }
}
