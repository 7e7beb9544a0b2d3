package dev.cairn.maven.internal;

import dev.cairn.loader.LoadedSchema;
import dev.cairn.loader.LoaderException;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.NamingPreset;
import dev.cairn.loader.SchemaLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the schema loader inside the isolated class loader built by {@link EntityLoader}, where the
 * project's Hibernate is the only Hibernate. It talks to the plugin only through JDK types (maps,
 * lists, strings), because its own classes and the schema loader's are distinct from the plugin
 * realm's copies.
 *
 * <p>Input keys: {@code packages}, {@code classes}, {@code mappingFiles}, {@code supplementalSql}
 * (lists of strings); {@code persistenceUnit}, {@code naming}, {@code physicalNamingStrategy},
 * {@code implicitNamingStrategy}, {@code dialect}, {@code defaultSchema} (strings); {@code
 * databaseVersion} (integer); {@code properties}, {@code springProperties} (string maps). Output:
 * {@code ddl}, {@code hibernateVersion}, {@code physicalNamingStrategy}, {@code
 * implicitNamingStrategy}, {@code entities} (count), {@code tables} (list), or {@code error} with
 * the loader's message.
 */
public final class LoaderBridge implements Function<Map<String, Object>, Map<String, Object>> {

  /** Creates the bridge (reflectively, inside the isolated class loader). */
  public LoaderBridge() {}

  @Override
  public Map<String, Object> apply(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      LoaderOptions.Builder b =
          LoaderOptions.builder().classLoader(LoaderBridge.class.getClassLoader());
      b.packages(strings(in, "packages"));
      b.classNames(strings(in, "classes"));
      b.mappingFiles(strings(in, "mappingFiles"));
      for (String p : strings(in, "supplementalSql")) {
        b.supplementalSql(Path.of(p));
      }
      if (in.get("persistenceUnit") instanceof String unit && !unit.isBlank()) {
        b.persistenceUnit(unit);
      }
      if (in.get("naming") instanceof String naming && !naming.isBlank()) {
        b.naming(NamingPreset.valueOf(naming.trim().toUpperCase(Locale.ROOT)));
      }
      b.physicalNamingStrategy((String) in.get("physicalNamingStrategy"));
      b.implicitNamingStrategy((String) in.get("implicitNamingStrategy"));
      b.dialect((String) in.get("dialect"));
      b.defaultSchema((String) in.get("defaultSchema"));
      if (in.get("databaseVersion") instanceof Integer v) {
        b.databaseVersion(v);
      }
      b.springProperties(map(in, "springProperties"));
      b.properties(map(in, "properties"));
      LoadedSchema schema = SchemaLoader.load(b.build());
      out.put("ddl", schema.ddl());
      out.put("hibernateVersion", schema.summary().hibernateVersion());
      out.put("physicalNamingStrategy", schema.summary().physicalNamingStrategy());
      out.put("implicitNamingStrategy", schema.summary().implicitNamingStrategy());
      out.put("entities", schema.summary().entities().size());
      out.put("tables", List.copyOf(schema.summary().tables()));
    } catch (LoaderException | IllegalArgumentException e) {
      out.clear();
      out.put("error", e.getMessage());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> in, String key) {
    Object v = in.get(key);
    return v == null ? List.of() : (List<String>) v;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> map(Map<String, Object> in, String key) {
    Object v = in.get(key);
    return v == null ? Map.of() : (Map<String, String>) v;
  }
}
