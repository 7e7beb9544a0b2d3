package dev.cairn.loader;

import dev.cairn.loader.internal.SpringPropertiesReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@link SchemaLoader#load(LoaderOptions)} reads and how Hibernate is configured for it.
 * Immutable; build with {@link #builder()}.
 *
 * <p>The entity model is the union of the {@linkplain Builder#packages scanned packages}, the
 * {@linkplain Builder#classes explicit classes}, the {@linkplain Builder#persistenceUnit
 * persistence unit} and the {@linkplain Builder#mappingFiles mapping files}. At least one entity
 * must result: an empty model would describe an empty schema, and a diff against it would drop
 * every table.
 */
public final class LoaderOptions {
  /** The PostgreSQL major version assumed when none is given. */
  public static final int DEFAULT_DATABASE_VERSION = 17;

  /** The oldest PostgreSQL major version the loader generates DDL for. */
  public static final int MIN_DATABASE_VERSION = 15;

  /** The newest PostgreSQL major version the loader generates DDL for. */
  public static final int MAX_DATABASE_VERSION = 18;

  private final List<String> packages;
  private final List<String> classNames;
  private final List<Class<?>> classes;
  private final String persistenceUnit;
  private final List<String> mappingFiles;
  private final ClassLoader classLoader;
  private final NamingPreset naming;
  private final String physicalNamingStrategy;
  private final String implicitNamingStrategy;
  private final String dialect;
  private final int databaseVersion;
  private final String defaultSchema;
  private final boolean globallyQuotedIdentifiers;
  private final Map<String, String> properties;
  private final List<Path> supplementalSqlPaths;
  private final List<SupplementalSql> supplementalSqlSnippets;

  private LoaderOptions(Builder b) {
    this.packages = List.copyOf(b.packages);
    this.classNames = List.copyOf(b.classNames);
    this.classes = List.copyOf(b.classes);
    this.persistenceUnit = b.persistenceUnit;
    this.mappingFiles = List.copyOf(b.mappingFiles);
    this.classLoader = b.classLoader;
    this.naming = b.naming;
    this.physicalNamingStrategy = b.physicalNamingStrategy;
    this.implicitNamingStrategy = b.implicitNamingStrategy;
    this.dialect = b.dialect;
    this.databaseVersion = b.databaseVersion;
    this.defaultSchema = b.defaultSchema;
    this.globallyQuotedIdentifiers = b.globallyQuotedIdentifiers;
    this.properties = Collections.unmodifiableMap(new TreeMap<>(b.properties));
    this.supplementalSqlPaths = List.copyOf(b.supplementalSqlPaths);
    this.supplementalSqlSnippets = List.copyOf(b.supplementalSqlSnippets);
  }

  /**
   * Starts a builder with the defaults: Spring naming, PostgreSQL 17, the thread's context class
   * loader.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Packages scanned (with their subpackages) for entity classes.
   *
   * @return package names, in the order given
   */
  public List<String> packages() {
    return packages;
  }

  /**
   * Classes named explicitly, to be loaded through {@link #classLoader()}.
   *
   * @return fully qualified class names
   */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * Classes given as class objects.
   *
   * @return the classes
   */
  public List<Class<?>> classes() {
    return classes;
  }

  /**
   * The persistence unit read from {@code META-INF/persistence.xml}, if any.
   *
   * @return the unit name
   */
  public Optional<String> persistenceUnit() {
    return Optional.ofNullable(persistenceUnit);
  }

  /**
   * XML mapping files ({@code orm.xml} style) as class path resource names.
   *
   * @return resource names
   */
  public List<String> mappingFiles() {
    return mappingFiles;
  }

  /**
   * The class loader that sees the application's classes and resources.
   *
   * @return the class loader
   */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /**
   * The naming preset; {@link #physicalNamingStrategy()} and {@link #implicitNamingStrategy()}
   * override its parts.
   *
   * @return the preset
   */
  public NamingPreset naming() {
    return naming;
  }

  /**
   * An explicit physical naming strategy (class name, or a Hibernate short name).
   *
   * @return the strategy, if set
   */
  public Optional<String> physicalNamingStrategy() {
    return Optional.ofNullable(physicalNamingStrategy);
  }

  /**
   * An explicit implicit naming strategy (class name, or a Hibernate short name such as {@code
   * component-path}).
   *
   * @return the strategy, if set
   */
  public Optional<String> implicitNamingStrategy() {
    return Optional.ofNullable(implicitNamingStrategy);
  }

  /**
   * An explicit dialect class (a subclass of Hibernate's {@code PostgreSQLDialect}); Hibernate's
   * {@code PostgreSQLDialect} when absent.
   *
   * @return the dialect class name, if set
   */
  public Optional<String> dialect() {
    return Optional.ofNullable(dialect);
  }

  /**
   * The PostgreSQL major version the DDL is generated for.
   *
   * @return the version, between {@link #MIN_DATABASE_VERSION} and {@link #MAX_DATABASE_VERSION}
   */
  public int databaseVersion() {
    return databaseVersion;
  }

  /**
   * The default schema for entities that name none ({@code hibernate.default_schema}).
   *
   * @return the schema, if set
   */
  public Optional<String> defaultSchema() {
    return Optional.ofNullable(defaultSchema);
  }

  /**
   * Whether every identifier is quoted ({@code hibernate.globally_quoted_identifiers}).
   *
   * @return the flag
   */
  public boolean globallyQuotedIdentifiers() {
    return globallyQuotedIdentifiers;
  }

  /**
   * Further Hibernate settings passed through as given (sorted by key).
   *
   * @return the settings
   */
  public Map<String, String> properties() {
    return properties;
  }

  /**
   * Supplemental SQL files and directories, in the order given.
   *
   * @return the paths
   */
  public List<Path> supplementalSqlPaths() {
    return supplementalSqlPaths;
  }

  /**
   * Supplemental SQL given inline, in the order given (appended after the files).
   *
   * @return the snippets
   */
  public List<SupplementalSql> supplementalSqlSnippets() {
    return supplementalSqlSnippets;
  }

  @Override
  public String toString() {
    // Settings may carry credentials (e.g. a connection password from a persistence unit or the
    // application's properties), so only their keys are shown.
    return "LoaderOptions[packages="
        + packages
        + ", classNames="
        + classNames
        + ", classes="
        + classes.size()
        + ", persistenceUnit="
        + persistenceUnit
        + ", mappingFiles="
        + mappingFiles
        + ", naming="
        + naming
        + ", physicalNamingStrategy="
        + physicalNamingStrategy
        + ", implicitNamingStrategy="
        + implicitNamingStrategy
        + ", dialect="
        + dialect
        + ", databaseVersion="
        + databaseVersion
        + ", defaultSchema="
        + defaultSchema
        + ", globallyQuotedIdentifiers="
        + globallyQuotedIdentifiers
        + ", propertyKeys="
        + properties.keySet()
        + ", supplementalSqlPaths="
        + supplementalSqlPaths
        + ", supplementalSqlSnippets="
        + supplementalSqlSnippets.size()
        + "]";
  }

  /** Builds {@link LoaderOptions}. Not thread-safe. */
  public static final class Builder {
    private final Set<String> packages = new LinkedHashSet<>();
    private final Set<String> classNames = new LinkedHashSet<>();
    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private String persistenceUnit;
    private final Set<String> mappingFiles = new LinkedHashSet<>();
    private ClassLoader classLoader;
    private NamingPreset naming = NamingPreset.SPRING;
    private String physicalNamingStrategy;
    private String implicitNamingStrategy;
    private String dialect;
    private int databaseVersion = DEFAULT_DATABASE_VERSION;
    private String defaultSchema;
    private boolean globallyQuotedIdentifiers;
    private final Map<String, String> properties = new TreeMap<>();
    private final List<Path> supplementalSqlPaths = new ArrayList<>();
    private final List<SupplementalSql> supplementalSqlSnippets = new ArrayList<>();

    private Builder() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      this.classLoader = context != null ? context : LoaderOptions.class.getClassLoader();
    }

    /**
     * Adds packages to scan, with their subpackages, for classes annotated {@code @Entity},
     * {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter}, in directories and jars
     * visible to the {@linkplain #classLoader class loader}.
     *
     * @param names package names such as {@code com.example.shop}
     * @return this builder
     */
    public Builder packages(String... names) {
      return packages(Arrays.asList(names));
    }

    /**
     * Adds packages to scan; see {@link #packages(String...)}.
     *
     * @param names package names
     * @return this builder
     */
    public Builder packages(Iterable<String> names) {
      for (String name : names) {
        String trimmed = Objects.requireNonNull(name, "package name").trim();
        if (trimmed.isEmpty()) {
          throw new LoaderException(
              "An empty package name was given to scan; name the package that holds the"
                  + " entities (scanning the whole class path is not supported).");
        }
        packages.add(trimmed);
      }
      return this;
    }

    /**
     * Adds classes by fully qualified name, loaded through the {@linkplain #classLoader class
     * loader}. Each must be an entity, embeddable, mapped superclass or attribute converter.
     *
     * @param names class names
     * @return this builder
     */
    public Builder classNames(String... names) {
      return classNames(Arrays.asList(names));
    }

    /**
     * Adds classes by fully qualified name; see {@link #classNames(String...)}.
     *
     * @param names class names
     * @return this builder
     */
    public Builder classNames(Iterable<String> names) {
      for (String name : names) {
        classNames.add(Objects.requireNonNull(name, "class name").trim());
      }
      return this;
    }

    /**
     * Adds classes. Each must be an entity, embeddable, mapped superclass or attribute converter.
     *
     * @param types the classes
     * @return this builder
     */
    public Builder classes(Class<?>... types) {
      return classes(Arrays.asList(types));
    }

    /**
     * Adds classes; see {@link #classes(Class...)}.
     *
     * @param types the classes
     * @return this builder
     */
    public Builder classes(Iterable<? extends Class<?>> types) {
      for (Class<?> type : types) {
        classes.add(Objects.requireNonNull(type, "class"));
      }
      return this;
    }

    /**
     * Reads the named persistence unit from {@code META-INF/persistence.xml} on the class path: its
     * classes, its mapping files (plus {@code META-INF/orm.xml} of its root when present), the
     * annotated classes of its root unless it says {@code <exclude-unlisted-classes>}, and its
     * properties (overridden by options set here).
     *
     * @param name the unit name
     * @return this builder
     */
    public Builder persistenceUnit(String name) {
      this.persistenceUnit = Objects.requireNonNull(name, "persistence unit name");
      return this;
    }

    /**
     * Adds XML mapping files ({@code orm.xml} format) by class path resource name.
     *
     * @param resourceNames resource names such as {@code META-INF/orm.xml}
     * @return this builder
     */
    public Builder mappingFiles(String... resourceNames) {
      return mappingFiles(Arrays.asList(resourceNames));
    }

    /**
     * Adds XML mapping files; see {@link #mappingFiles(String...)}.
     *
     * @param resourceNames resource names
     * @return this builder
     */
    public Builder mappingFiles(Iterable<String> resourceNames) {
      for (String name : resourceNames) {
        mappingFiles.add(Objects.requireNonNull(name, "mapping file").trim());
      }
      return this;
    }

    /**
     * The class loader that sees the application's classes, resources and Hibernate. Defaults to
     * the thread's context class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "class loader");
      return this;
    }

    /**
     * Selects a pair of naming strategies; defaults to {@link NamingPreset#SPRING}.
     *
     * @param preset the preset
     * @return this builder
     */
    public Builder naming(NamingPreset preset) {
      this.naming = Objects.requireNonNull(preset, "naming preset");
      return this;
    }

    /**
     * Overrides the preset's physical naming strategy: a class name of a {@code
     * PhysicalNamingStrategy} with a public no-argument constructor.
     *
     * @param className the class name, or {@code null} to use the preset's
     * @return this builder
     */
    public Builder physicalNamingStrategy(String className) {
      this.physicalNamingStrategy = blankToNull(className);
      return this;
    }

    /**
     * Overrides the preset's implicit naming strategy: a class name of an {@code
     * ImplicitNamingStrategy} with a public no-argument constructor, or one of Hibernate's short
     * names ({@code default}, {@code jpa}, {@code legacy-jpa}, {@code legacy-hbm}, {@code
     * component-path}).
     *
     * @param className the class or short name, or {@code null} to use the preset's
     * @return this builder
     */
    public Builder implicitNamingStrategy(String className) {
      this.implicitNamingStrategy = blankToNull(className);
      return this;
    }

    /**
     * Uses a custom dialect, which must extend Hibernate's {@code PostgreSQLDialect}; it is
     * constructed for {@link #databaseVersion(int)}.
     *
     * @param className the dialect class name, or {@code null} for Hibernate's {@code
     *     PostgreSQLDialect}
     * @return this builder
     */
    public Builder dialect(String className) {
      this.dialect = blankToNull(className);
      return this;
    }

    /**
     * The PostgreSQL major version the application runs on; Hibernate's DDL depends on it.
     *
     * @param majorVersion 15 to 18; defaults to 17
     * @return this builder
     * @throws LoaderException when the version is not supported
     */
    public Builder databaseVersion(int majorVersion) {
      if (majorVersion < MIN_DATABASE_VERSION || majorVersion > MAX_DATABASE_VERSION) {
        throw new LoaderException(
            "PostgreSQL "
                + majorVersion
                + " is not supported by the schema loader; give a major version from "
                + MIN_DATABASE_VERSION
                + " to "
                + MAX_DATABASE_VERSION
                + " (the version your production database runs).");
      }
      this.databaseVersion = majorVersion;
      return this;
    }

    /**
     * The schema of entities that name none ({@code hibernate.default_schema}). The DDL then starts
     * with {@code create schema if not exists}.
     *
     * @param schema the schema name, or {@code null} for none
     * @return this builder
     */
    public Builder defaultSchema(String schema) {
      this.defaultSchema = blankToNull(schema);
      return this;
    }

    /**
     * Quotes every identifier ({@code hibernate.globally_quoted_identifiers}).
     *
     * @param quoted whether to quote
     * @return this builder
     */
    public Builder globallyQuotedIdentifiers(boolean quoted) {
      this.globallyQuotedIdentifiers = quoted;
      return this;
    }

    /**
     * Passes a Hibernate setting through, e.g. {@code hibernate.type.preferred_uuid_jdbc_type} or
     * {@code hibernate.timezone.default_storage}. Settings the loader must control itself
     * (connections, schema-generation actions, dialect version, script output) are ignored; the
     * naming-strategy and dialect settings act like {@link #physicalNamingStrategy}, {@link
     * #implicitNamingStrategy} and {@link #dialect} with lower precedence.
     *
     * @param key the setting name
     * @param value its value
     * @return this builder
     */
    public Builder property(String key, String value) {
      properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Passes several Hibernate settings through; see {@link #property(String, String)}.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder properties(Map<String, String> settings) {
      settings.forEach(this::property);
      return this;
    }

    /**
     * Applies a Spring Boot application's configuration, as flattened property keys: {@code
     * spring.jpa.hibernate.naming.physical-strategy} and {@code
     * spring.jpa.hibernate.naming.implicit-strategy} (relaxed spellings such as {@code
     * physicalStrategy} accepted) set the naming strategies, {@code spring.jpa.properties.*} become
     * Hibernate settings, {@code spring.jpa.database-platform} the dialect and {@code
     * spring.jpa.mapping-resources} mapping files. The naming keys win over {@code
     * spring.jpa.properties.hibernate.*_naming_strategy}, as in Spring Boot. Other keys are
     * ignored.
     *
     * @param springProperties the application's properties
     * @return this builder
     */
    public Builder springProperties(Map<String, ?> springProperties) {
      SpringPropertiesReader.Result read = SpringPropertiesReader.read(springProperties);
      read.hibernateSettings().forEach(this::property);
      mappingFiles(read.mappingResources());
      if (read.physicalStrategy() != null) {
        physicalNamingStrategy(read.physicalStrategy());
      }
      if (read.implicitStrategy() != null) {
        implicitNamingStrategy(read.implicitStrategy());
      }
      if (read.databasePlatform() != null) {
        dialect(read.databasePlatform());
      }
      return this;
    }

    /**
     * Adds supplemental SQL: a {@code .sql} file, or a directory whose {@code .sql} files (searched
     * recursively) are taken in order of their relative path ({@code /}-separated, compared
     * character by character). Paths are taken in the order given. Each file is appended after the
     * generated DDL behind a comment naming its source.
     *
     * @param paths files or directories
     * @return this builder
     */
    public Builder supplementalSql(Path... paths) {
      for (Path path : paths) {
        supplementalSqlPaths.add(Objects.requireNonNull(path, "path"));
      }
      return this;
    }

    /**
     * Adds supplemental SQL given as text; appended after all supplemental files, in the order
     * added.
     *
     * @param source a name for the tag comment, e.g. where the text was read from
     * @param sql the SQL
     * @return this builder
     */
    public Builder supplementalSql(String source, String sql) {
      supplementalSqlSnippets.add(new SupplementalSql(source, sql));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public LoaderOptions build() {
      return new LoaderOptions(this);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }
  }
}
