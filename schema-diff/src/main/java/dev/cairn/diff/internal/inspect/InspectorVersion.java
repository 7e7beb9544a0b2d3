package dev.cairn.diff.internal.inspect;

import dev.cairn.diff.model.Database;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fingerprint of what the inspector produces: the model's shape (every record component, by
 * reflection) and the text of every catalog query. Cached states carry it in their key, so a Cairn
 * upgrade that changes either never reads an old state as current.
 */
public final class InspectorVersion {
  /** Bump when the Java-side assembly of the model changes in a way the queries do not show. */
  private static final String ASSEMBLY_REVISION = "1";

  private static final String FINGERPRINT = compute();

  private InspectorVersion() {}

  /**
   * The fingerprint.
   *
   * @return a hex SHA-256
   */
  public static String fingerprint() {
    return FINGERPRINT;
  }

  private static String compute() {
    StringBuilder sb = new StringBuilder(ASSEMBLY_REVISION).append('\n');
    describe(Database.class, sb, new LinkedHashSet<>());
    for (String q :
        new String[] {
          CatalogQueries.SCHEMAS, CatalogQueries.RELATIONS, CatalogQueries.COLUMNS,
          CatalogQueries.CONSTRAINTS, CatalogQueries.INDEXES, CatalogQueries.SEQUENCES,
          CatalogQueries.TYPES, CatalogQueries.ROUTINES, CatalogQueries.TRIGGERS,
          CatalogQueries.POLICIES, CatalogQueries.EXTENSIONS, CatalogQueries.VIEW_DEPENDENCIES,
          CatalogQueries.OTHER_OBJECTS
        }) {
      sb.append(q).append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void describe(Type type, StringBuilder sb, Set<Type> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        describe(t, sb, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !seen.add(c)) {
      return;
    }
    if (c.isEnum()) {
      sb.append(c.getName()).append(java.util.Arrays.toString(c.getEnumConstants())).append('\n');
    }
    if (!c.isRecord()) {
      return;
    }
    sb.append(c.getName()).append('(');
    for (RecordComponent rc : c.getRecordComponents()) {
      sb.append(rc.getGenericType().getTypeName()).append(' ').append(rc.getName()).append(',');
    }
    sb.append(")\n");
    for (RecordComponent rc : c.getRecordComponents()) {
      describe(rc.getGenericType(), sb, seen);
    }
  }
}
