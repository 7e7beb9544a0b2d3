package dev.cairn.loader.internal;

import dev.cairn.loader.LoadedSchema;
import dev.cairn.loader.LoaderException;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.SchemaSummary;
import dev.cairn.loader.SupplementalSql;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Runs Hibernate's own schema generation, without a database, and post-processes its output.
 *
 * <p>Everything Hibernate decides (types, constraints, names, generators) comes from Hibernate
 * itself: the loader only chooses the inputs and settings, and normalises statement order.
 */
public final class DdlGenerator {
  /**
   * Appended by Hibernate after each statement (as the script delimiter) so statements can be told
   * apart even when their text spans lines. It cannot occur in SQL text Hibernate generates.
   */
  private static final String END_OF_STATEMENT = ";\u0000cairn-end-of-statement\u0000";

  private static final String DEFAULT_DIALECT = PostgreSQLDialect.class.getName();

  private static final Set<String> CONTROLLED_KEYS =
      Set.of(
          "hibernate.hbm2ddl.auto",
          "hibernate.hbm2ddl.import_files",
          "hibernate.hbm2ddl.import_files_sql_extractor",
          "hibernate.hbm2ddl.skip_default_import_file",
          "hibernate.hbm2ddl.schema-generation.script.append",
          "hibernate.hbm2ddl.delimiter",
          "hibernate.hbm2ddl.halt_on_error",
          "hibernate.hbm2ddl.create_namespaces",
          "hibernate.hbm2ddl.charset_name",
          "hibernate.format_sql",
          "hibernate.boot.allow_jdbc_metadata_access",
          "hibernate.temp.use_jdbc_metadata_defaults",
          "jakarta.persistence.sql-load-script-source",
          "javax.persistence.sql-load-script-source",
          "jakarta.persistence.create-database-schemas",
          "javax.persistence.create-database-schemas",
          "jakarta.persistence.database-product-name",
          "jakarta.persistence.database-product-version",
          "jakarta.persistence.database-major-version",
          "jakarta.persistence.database-minor-version",
          "javax.persistence.database-product-name",
          "javax.persistence.database-product-version",
          "javax.persistence.database-major-version",
          "javax.persistence.database-minor-version",
          "jakarta.persistence.jtaDataSource",
          "jakarta.persistence.nonJtaDataSource",
          "javax.persistence.jtaDataSource",
          "javax.persistence.nonJtaDataSource");

  private static final List<String> CONTROLLED_PREFIXES =
      List.of(
          "jakarta.persistence.schema-generation.",
          "javax.persistence.schema-generation.",
          "hibernate.connection.",
          "jakarta.persistence.jdbc.",
          "javax.persistence.jdbc.",
          "hibernate.hikari.",
          "hibernate.c3p0.",
          "hibernate.agroal.",
          "hibernate.vibur.",
          "hibernate.proxool.",
          "hibernate.oracleucp.");

  private static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
  private static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";
  private static final String DIALECT = "hibernate.dialect";
  private static final String DEFAULT_SCHEMA = "hibernate.default_schema";

  private DdlGenerator() {}

  /**
   * Loads the model and generates its DDL.
   *
   * @param options what to load
   * @return the schema
   * @throws LoaderException for any bad input
   */
  public static LoadedSchema generate(LoaderOptions options) {
    ClassLoader loader = options.classLoader();
    // Supplemental files are read first: a missing file fails fast, before Hibernate boots.
    List<SupplementalSql> supplemental =
        new ArrayList<>(SupplementalSqlReader.read(options.supplementalSqlPaths()));
    for (SupplementalSql s : options.supplementalSqlSnippets()) {
      supplemental.add(new SupplementalSql(s.source(), SupplementalSqlReader.normalise(s.sql())));
    }

    Model model = collectModel(options, loader);
    Map<String, Object> settings = settings(options, model.unitProperties(), loader);

    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    StandardServiceRegistry registry = null;
    try {
      BootstrapServiceRegistry bootstrap =
          new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
      StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
      builder.applySettings(settings);
      // hibernate.properties on the class path is merged in by Hibernate; drop what the loader
      // must control from it too (a connection URL there must never be used).
      builder.getSettings().keySet().removeIf(k -> isControlled(k) && !settings.containsKey(k));
      registry = builder.build();

      Metadata metadata = buildMetadata(registry, model);
      checkDialect(metadata, options);
      String defaultSchema = stringSetting(settings.get(DEFAULT_SCHEMA));
      ModelInspector inspector = new ModelInspector(metadata, defaultSchema);
      if (metadata.getEntityBindings().isEmpty()) {
        throw new LoaderException(
            "No entity found in "
                + model.describe()
                + ". An empty model would describe an empty schema; check the package names and"
                + " that the classes are compiled and annotated with @Entity.");
      }
      inspector.checkConflictingColumns();

      List<String> statements =
          StatementNormalizer.normalise(createScript(metadata, registry, settings));
      MetadataImplementor implementor = (MetadataImplementor) metadata;
      Dialect dialect = metadata.getDatabase().getDialect();
      SchemaSummary summary =
          new SchemaSummary(
              Version.getVersionString(),
              dialect.getClass().getName(),
              dialect.getVersion().getDatabaseMajorVersion(),
              implementor
                  .getMetadataBuildingOptions()
                  .getPhysicalNamingStrategy()
                  .getClass()
                  .getName(),
              implementor
                  .getMetadataBuildingOptions()
                  .getImplicitNamingStrategy()
                  .getClass()
                  .getName(),
              inspector.entitySummaries(),
              inspector.tables(),
              inspector.sequences());
      return new LoadedSchema(render(statements, supplemental), statements, supplemental, summary);
    } catch (LoaderException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new LoaderException(
          "Hibernate "
              + Version.getVersionString()
              + " could not map the entity model: "
              + describe(e)
              + " Fix the entity and attribute named above; Hibernate reports the same error when"
              + " the application starts. If the message names an entity class the loader was not"
              + " given, add its package or class to the loader's input.",
          e);
    } finally {
      if (registry != null) {
        StandardServiceRegistryBuilder.destroy(registry);
      }
      thread.setContextClassLoader(previous);
    }
  }

  /** The classes, packages and mapping files making up the model, each sorted or de-duplicated. */
  private record Model(
      TreeMap<String, Class<?>> classes,
      SortedSet<String> packages,
      List<String> mappingFiles,
      Map<String, String> unitProperties,
      List<String> sources) {
    String describe() {
      return String.join(", ", sources);
    }
  }

  private static Model collectModel(LoaderOptions options, ClassLoader loader) {
    TreeMap<String, Class<?>> classes = new TreeMap<>();
    SortedSet<String> packages = new TreeSet<>();
    Set<String> mappingFiles = new LinkedHashSet<>();
    Map<String, String> unitProperties = new TreeMap<>();
    List<String> sources = new ArrayList<>();

    if (!options.packages().isEmpty()) {
      sources.add("packages " + options.packages());
      ClassPathScanner.Result scan = ClassPathScanner.scanPackages(loader, options.packages());
      for (String name : scan.mappedClasses()) {
        classes.put(
            name, loadClass(name, loader, "found by scanning packages " + options.packages()));
      }
      packages.addAll(scan.annotatedPackages());
    }
    if (!options.classNames().isEmpty() || !options.classes().isEmpty()) {
      sources.add("the classes given");
    }
    for (String name : options.classNames()) {
      Class<?> type = loadClass(name, loader, "given as an entity class");
      requireMapped(type);
      classes.put(type.getName(), type);
    }
    for (Class<?> type : options.classes()) {
      requireMapped(type);
      classes.put(type.getName(), type);
    }
    if (options.persistenceUnit().isPresent()) {
      PersistenceUnitReader.Unit unit =
          PersistenceUnitReader.read(loader, options.persistenceUnit().get());
      sources.add("persistence unit '" + unit.name() + "' (" + unit.location() + ")");
      for (String name : unit.classes()) {
        classes.put(
            name,
            loadClass(
                name,
                loader,
                "listed in persistence unit '" + unit.name() + "' (" + unit.location() + ")"));
      }
      List<URL> roots = new ArrayList<>(unit.jarFiles());
      if (!unit.excludeUnlistedClasses()) {
        roots.add(0, unit.root());
      }
      for (URL root : roots) {
        ClassPathScanner.Result scan = ClassPathScanner.scanRoot(root);
        for (String name : scan.mappedClasses()) {
          classes.put(name, loadClass(name, loader, "found in persistence unit root " + root));
        }
        packages.addAll(scan.annotatedPackages());
      }
      String defaultOrm = "META-INF/orm.xml";
      if (resourceExists(unit.root(), defaultOrm)) {
        mappingFiles.add(defaultOrm);
      }
      mappingFiles.addAll(unit.mappingFiles());
      unitProperties.putAll(unit.properties());
    }
    if (!options.mappingFiles().isEmpty()) {
      sources.add("mapping files " + options.mappingFiles());
    }
    for (String file : options.mappingFiles()) {
      if (loader.getResource(file) == null) {
        throw new LoaderException(
            "The mapping file "
                + file
                + " is not on the class path; give its class path resource name, e.g."
                + " META-INF/orm.xml.");
      }
      mappingFiles.add(file);
    }
    if (sources.isEmpty()) {
      throw new LoaderException(
          "No entity source was given: name the packages to scan, the entity classes, or a"
              + " persistence unit.");
    }
    if (classes.isEmpty() && mappingFiles.isEmpty()) {
      throw new LoaderException(
          "No entity found in "
              + String.join(", ", sources)
              + ". An empty model would describe an empty schema; check the package names and that"
              + " the classes are compiled and annotated with @Entity.");
    }
    return new Model(classes, packages, List.copyOf(mappingFiles), unitProperties, sources);
  }

  private static boolean resourceExists(URL root, String name) {
    try {
      URL url = new URL(root, name);
      var connection = url.openConnection();
      connection.setUseCaches(false);
      try (var in = connection.getInputStream()) {
        return true;
      }
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static Class<?> loadClass(String name, ClassLoader loader, String how) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new LoaderException(
          "Class "
              + name
              + " ("
              + how
              + ") was not found on the class path. Check the name and that the project is"
              + " compiled; the loader needs the application's compiled classes and dependencies.",
          e);
    } catch (LinkageError e) {
      throw new LoaderException(
          "Class "
              + name
              + " ("
              + how
              + ") cannot be loaded: "
              + e
              + ". A class it depends on is missing from the class path.",
          e);
    }
  }

  private static void requireMapped(Class<?> type) {
    if (!type.isAnnotationPresent(Entity.class)
        && !type.isAnnotationPresent(Embeddable.class)
        && !type.isAnnotationPresent(MappedSuperclass.class)
        && !type.isAnnotationPresent(Converter.class)) {
      throw new LoaderException(
          "Class "
              + type.getName()
              + " is not an entity: it is not annotated with @Entity, @Embeddable,"
              + " @MappedSuperclass or @Converter (jakarta.persistence). Remove it from the"
              + " classes given, or annotate it.");
    }
  }

  private static boolean isControlled(String key) {
    if (CONTROLLED_KEYS.contains(key)) {
      return true;
    }
    for (String prefix : CONTROLLED_PREFIXES) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> settings(
      LoaderOptions options, Map<String, String> unitProperties, ClassLoader loader) {
    Map<String, Object> given = new TreeMap<>();
    given.putAll(unitProperties);
    given.putAll(options.properties());
    given.keySet().removeIf(DdlGenerator::isControlled);

    Map<String, Object> settings = new TreeMap<>(given);
    settings.put(
        PHYSICAL_NAMING,
        NamingStrategies.physical(
            options.naming(),
            options.physicalNamingStrategy().orElse(null),
            given.get(PHYSICAL_NAMING),
            loader));
    settings.put(
        IMPLICIT_NAMING,
        NamingStrategies.implicit(
            options.naming(),
            options.implicitNamingStrategy().orElse(null),
            given.get(IMPLICIT_NAMING),
            loader));
    options.defaultSchema().ifPresent(s -> settings.put(DEFAULT_SCHEMA, s));
    if (options.globallyQuotedIdentifiers()) {
      settings.put("hibernate.globally_quoted_identifiers", "true");
    }

    String dialect = options.dialect().orElse(stringSetting(given.get(DIALECT)));
    if (dialect != null) {
      settings.put(DIALECT, checkedDialectClass(dialect, loader));
    } else {
      // Without hibernate.dialect, Hibernate resolves PostgreSQLDialect from the product name and
      // version below, exactly as it does from a live connection at run time.
      settings.remove(DIALECT);
    }
    int version = options.databaseVersion();
    settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
    settings.put("jakarta.persistence.database-product-version", version + ".0");
    settings.put("jakarta.persistence.database-major-version", Integer.toString(version));
    settings.put("jakarta.persistence.database-minor-version", "0");
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");

    settings.put("jakarta.persistence.schema-generation.database.action", "none");
    settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
    settings.put("jakarta.persistence.create-database-schemas", "true");
    settings.put("hibernate.hbm2ddl.schema-generation.script.append", "false");
    settings.put("hibernate.hbm2ddl.delimiter", END_OF_STATEMENT);
    settings.put("hibernate.hbm2ddl.halt_on_error", "true");
    settings.put("hibernate.hbm2ddl.skip_default_import_file", "true");
    settings.put("hibernate.hbm2ddl.import_files", "");
    settings.put("hibernate.format_sql", "true");
    return settings;
  }

  private static String checkedDialectClass(String name, ClassLoader loader) {
    Class<?> type = NamingStrategies.load(name, loader);
    if (type == null) {
      throw new LoaderException(
          "The dialect class "
              + name
              + " is not on the class path; add it, or leave the dialect unset to use "
              + DEFAULT_DIALECT
              + ".");
    }
    if (!PostgreSQLDialect.class.isAssignableFrom(type)) {
      throw new LoaderException(
          "The dialect "
              + name
              + " is not a PostgreSQL dialect. Cairn generates PostgreSQL DDL only; use "
              + DEFAULT_DIALECT
              + " or a subclass of it.");
    }
    return type.getName();
  }

  private static String stringSetting(Object value) {
    if (value == null) {
      return null;
    }
    String s = value instanceof Class<?> c ? c.getName() : value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static Metadata buildMetadata(StandardServiceRegistry registry, Model model) {
    MetadataSources sources = new MetadataSources(registry);
    for (String pkg : model.packages()) {
      sources.addPackage(pkg);
    }
    for (Class<?> type : model.classes().values()) {
      sources.addAnnotatedClass(type);
    }
    for (String file : model.mappingFiles()) {
      sources.addResource(file);
    }
    return sources.buildMetadata();
  }

  private static void checkDialect(Metadata metadata, LoaderOptions options) {
    Dialect dialect = metadata.getDatabase().getDialect();
    if (!(dialect instanceof PostgreSQLDialect)) {
      throw new LoaderException(
          "Hibernate chose the dialect "
              + dialect.getClass().getName()
              + ", which is not a PostgreSQL dialect; Cairn generates PostgreSQL DDL only.");
    }
    int actual = dialect.getVersion().getDatabaseMajorVersion();
    if (actual != options.databaseVersion()) {
      throw new LoaderException(
          "Hibernate configured "
              + dialect.getClass().getName()
              + " for PostgreSQL "
              + actual
              + " although "
              + options.databaseVersion()
              + " was requested; the dialect must accept the version through its"
              + " DialectResolutionInfo constructor.");
    }
  }

  private static List<String> createScript(
      Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings) {
    StringWriter out = new StringWriter();
    Map<String, Object> configuration = new TreeMap<>(settings);
    configuration.put("jakarta.persistence.schema-generation.scripts.create-target", out);
    SchemaManagementToolCoordinator.process(metadata, registry, configuration, action -> {});
    List<String> statements = new ArrayList<>();
    for (String piece : out.toString().split(END_OF_STATEMENT, -1)) {
      String statement = piece.strip();
      if (!statement.isEmpty()) {
        statements.add(statement);
      }
    }
    return statements;
  }

  private static String render(List<String> statements, List<SupplementalSql> supplemental) {
    StringBuilder ddl = new StringBuilder();
    for (String statement : statements) {
      if (ddl.length() > 0) {
        ddl.append('\n');
      }
      ddl.append(statement.replace("\r\n", "\n")).append(";\n");
    }
    for (SupplementalSql s : supplemental) {
      if (ddl.length() > 0) {
        ddl.append('\n');
      }
      ddl.append("-- cairn:supplemental ").append(s.source()).append('\n').append(s.sql());
    }
    return ddl.toString();
  }

  /** Hibernate's message and the distinct messages of its causes, most specific last. */
  static String describe(Throwable e) {
    List<String> messages = new ArrayList<>();
    Set<Throwable> seen = new java.util.HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      String m = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
      if (messages.stream().noneMatch(earlier -> earlier.contains(m))) {
        messages.add(m);
      }
    }
    String joined = String.join(" (caused by: ", messages) + ")".repeat(messages.size() - 1);
    return joined.endsWith(".") ? joined : joined + ".";
  }
}
