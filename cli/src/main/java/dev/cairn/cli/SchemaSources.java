package dev.cairn.cli;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Schema states as written on the command line ({@code --to}, {@code --from}): a database URL, a
 * {@code file://} SQL file, SQL directory or migration directory, or {@code entities:pkg1,pkg2}
 * (the desired schema of a JPA entity model, loaded with the application's class path).
 */
public final class SchemaSources {
  /** Prefix of an entity-model source. */
  public static final String ENTITIES = "entities:";

  private SchemaSources() {}

  /**
   * Whether a spec names a live database (read directly, no dev database needed).
   *
   * @param spec the spec
   * @return true for database URLs
   */
  public static boolean isDatabase(String spec) {
    return spec.startsWith("jdbc:postgresql:")
        || spec.startsWith("postgres://")
        || spec.startsWith("postgresql://");
  }

  /**
   * Loads a state given by one or more specs. Several specs are executed in order on one clean dev
   * database (e.g. entities plus supplemental SQL files); a database URL must stand alone.
   *
   * @param specs the specs
   * @param classpath the application class path for {@code entities:} specs, or {@code null}
   * @param targetVersion the PostgreSQL major version the entity DDL is generated for
   * @param dev the dev database (may be {@code null} when the only spec is a database URL)
   * @param options load options
   * @return the inspected state
   */
  public static Database load(
      List<String> specs,
      String classpath,
      int targetVersion,
      DevDatabase dev,
      LoadOptions options) {
    if (specs.size() == 1 && isDatabase(specs.get(0))) {
      return SchemaSource.parse(specs.get(0)).load(null, options);
    }
    return source(specs, classpath, targetVersion).load(dev, options);
  }

  /**
   * The executed source for specs that are not database URLs.
   *
   * @param specs the specs
   * @param classpath the application class path for {@code entities:} specs
   * @param targetVersion the PostgreSQL major version for entity DDL
   * @return the combined source
   */
  public static SchemaSource source(List<String> specs, String classpath, int targetVersion) {
    List<SchemaSource> parts = new ArrayList<>();
    for (String spec : specs) {
      if (isDatabase(spec)) {
        throw new CairnException(
            ErrorCode.SCHEMA_SOURCE_FAILED,
            "A database URL ("
                + redact(spec)
                + ") cannot be combined with other sources; give it alone.");
      }
      if (spec.startsWith(ENTITIES)) {
        parts.add(SchemaSource.desiredDdl(entityDdl(spec, classpath, targetVersion)));
      } else {
        parts.add(SchemaSource.parse(spec));
      }
    }
    return parts.size() == 1
        ? parts.get(0)
        : SchemaSource.combined(parts.toArray(new SchemaSource[0]));
  }

  /**
   * A description for messages, without credentials.
   *
   * @param specs the specs
   * @return e.g. {@code entities:com.example + file://extra.sql}
   */
  public static String describe(List<String> specs) {
    return String.join(" + ", specs.stream().map(SchemaSources::redact).toList());
  }

  static String redact(String spec) {
    return spec.replaceAll("(?i)(password=)[^&]*", "$1***")
        .replaceAll("://([^:/@]+):[^@/]*@", "://$1:***@");
  }

  /**
   * Generates the entity model's DDL with the schema loader, isolated in a class loader made of the
   * application's class path and the loader itself: the application's own Hibernate must generate
   * the DDL, never a different one bundled with Cairn.
   */
  static String entityDdl(String spec, String classpath, int targetVersion) {
    String[] packages =
        Arrays.stream(spec.substring(ENTITIES.length()).split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toArray(String[]::new);
    if (packages.length == 0) {
      throw new CairnException(
          ErrorCode.SCHEMA_SOURCE_FAILED,
          "'" + spec + "' names no package; write entities:com.example.model[,other.pkg].");
    }
    if (classpath == null || classpath.isBlank()) {
      throw new CairnException(
          ErrorCode.SCHEMA_SOURCE_FAILED,
          "'"
              + spec
              + "' needs the application's class path (entity classes, hibernate-core and their"
              + " dependencies): pass --classpath, e.g. --classpath \"$(mvn -q"
              + " dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes\".");
    }
    List<URL> urls = new ArrayList<>(classpathUrls(classpath));
    urls.add(loaderLocation());
    try (URLClassLoader loader =
        new URLClassLoader(
            "cairn-entities", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> options = Class.forName("dev.cairn.loader.LoaderOptions", true, loader);
      Object builder = options.getMethod("builder").invoke(null);
      Class<?> b = builder.getClass();
      b.getMethod("packages", String[].class).invoke(builder, (Object) packages);
      b.getMethod("classLoader", ClassLoader.class).invoke(builder, loader);
      b.getMethod("databaseVersion", int.class)
          .invoke(builder, Math.max(15, Math.min(18, targetVersion)));
      Object built = b.getMethod("build").invoke(builder);
      Class<?> schemaLoader = Class.forName("dev.cairn.loader.SchemaLoader", true, loader);
      Method load = schemaLoader.getMethod("load", options);
      Object loaded = load.invoke(null, built);
      return (String) loaded.getClass().getMethod("ddl").invoke(loaded);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new CairnException(
          ErrorCode.SCHEMA_SOURCE_FAILED,
          "Loading the entity model "
              + spec
              + " failed: "
              + cause.getMessage()
              + (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException
                  ? ". Is hibernate-core (and jakarta.persistence-api) on --classpath?"
                  : ""),
          cause);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CairnException(
          ErrorCode.SCHEMA_SOURCE_FAILED,
          "Cannot run the schema loader for "
              + spec
              + " with the given --classpath: "
              + e
              + ". Check that it holds the entity classes and hibernate-core.",
          e);
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.SCHEMA_SOURCE_FAILED, "Closing the entity class loader failed: " + e, e);
    }
  }

  /**
   * Class path entries: paths separated by the platform separator; {@code dir/*} means its jars.
   */
  static List<URL> classpathUrls(String classpath) {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      try {
        if (e.endsWith("/*") || e.endsWith(File.separator + "*")) {
          Path dir = Path.of(e.substring(0, e.length() - 2));
          try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        } else {
          Path p = Path.of(e);
          if (!Files.exists(p)) {
            throw new CairnException(
                ErrorCode.DIRECTORY_NOT_FOUND, "--classpath entry " + p + " does not exist.");
          }
          urls.add(p.toUri().toURL());
        }
      } catch (IOException ex) {
        throw new CairnException(
            ErrorCode.DIRECTORY_NOT_FOUND, "Cannot read --classpath entry " + e + ": " + ex, ex);
      }
    }
    return urls;
  }

  /** Where the schema loader's classes are: the cairn jar, or its build output in development. */
  private static URL loaderLocation() {
    String resource = "dev/cairn/loader/SchemaLoader.class";
    URL url = SchemaSources.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new CairnException(
          ErrorCode.INTERNAL_ERROR,
          "The schema loader is missing from this Cairn installation (no " + resource + ").");
    }
    try {
      String s = url.toString();
      if (s.startsWith("jar:")) {
        return new URL(s.substring("jar:".length(), s.indexOf("!/")));
      }
      return Path.of(url.toURI()).getParent().getParent().getParent().getParent().toUri().toURL();
    } catch (MalformedURLException | URISyntaxException e) {
      throw new CairnException(
          ErrorCode.INTERNAL_ERROR, "Cannot locate the schema loader at " + url + ": " + e, e);
    }
  }
}
