package dev.cairn.maven;

import dev.cairn.maven.internal.DefaultPackages;
import dev.cairn.maven.internal.EntityLoader;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that read the project's entities: from its compiled classes and runtime class path, with
 * the project's own Hibernate (see {@code EntityLoader} for the class loader), so no separate build
 * step is needed beyond {@code compile}.
 */
public abstract class AbstractEntityMojo extends AbstractDevDatabaseMojo {
  /**
   * Packages scanned for entities, with subpackages. Default: the project's own top-level packages,
   * found in its output directory.
   */
  @Parameter(property = "cairn.packages")
  List<String> packages;

  /** Entity classes named one by one (fully qualified), in addition to the packages. */
  @Parameter(property = "cairn.classes")
  List<String> classes;

  /** A persistence unit of {@code META-INF/persistence.xml} to read classes and settings from. */
  @Parameter(property = "cairn.persistenceUnit")
  String persistenceUnit;

  /** {@code orm.xml}-style mapping files, as class path resource names. */
  @Parameter(property = "cairn.mappingFiles")
  List<String> mappingFiles;

  /**
   * SQL appended to the entities' DDL: what JPA cannot express (views, partial indexes, triggers,
   * functions, extensions). Files, or directories whose {@code .sql} files are taken in path order.
   */
  @Parameter(property = "cairn.supplementalSql")
  List<File> supplementalSql;

  /**
   * Naming strategies: {@code spring} (what a Spring Boot application uses: snake_case) or {@code
   * hibernate} (names as written).
   */
  @Parameter(property = "cairn.naming", defaultValue = "spring")
  String naming;

  /** A physical naming strategy class overriding the preset's. */
  @Parameter(property = "cairn.physicalNamingStrategy")
  String physicalNamingStrategy;

  /** An implicit naming strategy class (or Hibernate short name) overriding the preset's. */
  @Parameter(property = "cairn.implicitNamingStrategy")
  String implicitNamingStrategy;

  /** A custom dialect extending Hibernate's {@code PostgreSQLDialect}. */
  @Parameter(property = "cairn.dialect")
  String dialect;

  /** The schema of entities that name none ({@code hibernate.default_schema}). */
  @Parameter(property = "cairn.defaultSchema")
  String defaultSchema;

  /** Further Hibernate settings, e.g. {@code hibernate.type.preferred_uuid_jdbc_type}. */
  @Parameter Map<String, String> hibernateProperties;

  /**
   * Spring Boot {@code .properties} files whose {@code spring.jpa.*} settings (naming strategies,
   * {@code spring.jpa.properties.*}) apply, e.g. {@code src/main/resources/application.properties}.
   */
  @Parameter List<File> springProperties;

  /**
   * Declared renames, so the diff emits {@code RENAME} instead of a drop and an add: {@code
   * schema.old_table=new_table} or {@code schema.table.old_column=new_column}.
   */
  @Parameter(property = "cairn.renames")
  List<String> renames;

  /** The schemas to compare; default all except the revision schema. */
  @Parameter(property = "cairn.schemas")
  List<String> schemas;

  /**
   * Use lock-friendly statement forms where the result is identical ({@code CREATE INDEX
   * CONCURRENTLY}, {@code NOT VALID} then {@code VALIDATE}, …).
   */
  @Parameter(property = "cairn.onlineSafe", defaultValue = "true")
  boolean onlineSafe;

  /** Creates the goal (Maven instantiates it). */
  protected AbstractEntityMojo() {}

  /**
   * Reads the entities and generates their DDL.
   *
   * @return the DDL and a summary
   */
  protected EntityLoader.Result loadEntities() {
    Path output = Path.of(project.getBuild().getOutputDirectory());
    if (!Files.isDirectory(output)) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "no compiled classes in "
              + output
              + "; run the goal after compile, e.g. 'mvn compile cairn:"
              + goal()
              + "'");
    }
    List<String> scan = packages == null ? List.of() : packages;
    if (scan.isEmpty() && isEmpty(classes) && blank(persistenceUnit)) {
      scan = DefaultPackages.of(output);
      getLog().info("Scanning the project's packages for entities: " + String.join(", ", scan));
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("packages", List.copyOf(scan));
    options.put("classes", orEmpty(classes));
    options.put("mappingFiles", orEmpty(mappingFiles));
    List<String> sql = new ArrayList<>();
    for (File f : supplementalSql == null ? List.<File>of() : supplementalSql) {
      sql.add(project.getBasedir().toPath().resolve(f.toPath()).toString());
    }
    options.put("supplementalSql", sql);
    options.put("persistenceUnit", persistenceUnit);
    options.put("naming", naming);
    options.put("physicalNamingStrategy", physicalNamingStrategy);
    options.put("implicitNamingStrategy", implicitNamingStrategy);
    options.put("dialect", dialect);
    options.put("defaultSchema", defaultSchema);
    options.put("databaseVersion", databaseVersion);
    options.put(
        "properties", hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties));
    options.put("springProperties", springSettings());
    EntityLoader.Result result = EntityLoader.load(classpath(), options);
    getLog()
        .info(
            "Entities: "
                + result.entities()
                + " mapped to "
                + result.tables().size()
                + " tables by Hibernate "
                + result.hibernateVersion()
                + " (the project's)");
    return result;
  }

  private String goal() {
    return getClass().getSimpleName().replace("Mojo", "").toLowerCase(java.util.Locale.ROOT);
  }

  private List<Path> classpath() {
    try {
      List<Path> out = new ArrayList<>();
      for (String element : project.getRuntimeClasspathElements()) {
        out.add(Path.of(element));
      }
      return out;
    } catch (DependencyResolutionRequiredException e) {
      throw new CairnException(
          ErrorCode.INTERNAL_ERROR, "the project's dependencies are not resolved: " + e, e);
    }
  }

  private Map<String, String> springSettings() {
    Map<String, String> all = new LinkedHashMap<>();
    for (File f : springProperties == null ? List.<File>of() : springProperties) {
      Path p = project.getBasedir().toPath().resolve(f.toPath());
      Properties props = new Properties();
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        props.load(r);
      } catch (IOException e) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "cannot read springProperties file " + p + ": " + e,
            e);
      }
      for (String k : props.stringPropertyNames()) {
        all.put(k, props.getProperty(k));
      }
    }
    return all;
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  private static boolean isEmpty(List<String> l) {
    return l == null || l.isEmpty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The rename hints, never null.
   *
   * @return the hints
   */
  protected List<String> renameHints() {
    return renames == null ? List.of() : renames;
  }

  /**
   * The schemas to compare, never null.
   *
   * @return the schemas; empty for all
   */
  protected List<String> schemaFilter() {
    return schemas == null ? List.of() : schemas;
  }
}
