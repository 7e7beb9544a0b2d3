package dev.cairn.maven.internal;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the entity model of a project with the project's own Hibernate.
 *
 * <p>Class loader choice: an isolated {@link URLClassLoader} whose parent is the JDK's platform
 * class loader, holding, in this order, the schema loader's jar, this plugin's jar (for {@link
 * LoaderBridge}) and the project's runtime class path (output directory first, then its
 * dependencies in Maven's order). Neither Maven's nor the plugin's classes are visible in it, so
 * the only Hibernate, JPA API and logging backend are the project's: the DDL is what the
 * application gets at run time (Hibernate 6.6 and 7 differ). Cairn's own jars come first so a
 * project that happens to depend on another Cairn version cannot replace the bridge's partner. The
 * plugin talks to the bridge through JDK types only.
 */
public final class EntityLoader {
  private static final String BRIDGE = "dev.cairn.maven.internal.LoaderBridge";

  private EntityLoader() {}

  /**
   * What the loader produced.
   *
   * @param ddl the desired schema's DDL (supplemental SQL included)
   * @param hibernateVersion the Hibernate version that generated it
   * @param physicalNamingStrategy the physical naming strategy used
   * @param implicitNamingStrategy the implicit naming strategy used
   * @param entities how many entities were mapped
   * @param tables the tables the DDL creates
   */
  public record Result(
      String ddl,
      String hibernateVersion,
      String physicalNamingStrategy,
      String implicitNamingStrategy,
      int entities,
      List<String> tables) {}

  /**
   * Loads the entities.
   *
   * @param projectClasspath the project's output directory and dependencies, in order
   * @param options the loader options as documented on {@link LoaderBridge}
   * @return the DDL and a summary
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} when the class path has no
   *     Hibernate or the loader rejects the model
   */
  @SuppressWarnings("unchecked")
  public static Result load(List<Path> projectClasspath, Map<String, Object> options) {
    List<URL> urls = new ArrayList<>();
    urls.add(codeSource("dev/cairn/loader/SchemaLoader.class"));
    URL bridge = codeSource(BRIDGE.replace('.', '/') + ".class");
    if (!urls.contains(bridge)) {
      urls.add(bridge);
    }
    for (Path p : projectClasspath) {
      try {
        urls.add(p.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("class path entry " + p, e);
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader isolated =
        new URLClassLoader(
            "cairn-entities", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      if (isolated.getResource("org/hibernate/Version.class") == null) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "the project's runtime class path has no Hibernate ORM (org.hibernate.orm:hibernate-core);"
                + " Cairn generates the schema with the Hibernate version the application runs"
                + " with, so add hibernate-core (or spring-boot-starter-data-jpa) to the project's"
                + " dependencies");
      }
      thread.setContextClassLoader(isolated);
      Function<Map<String, Object>, Map<String, Object>> f =
          (Function<Map<String, Object>, Map<String, Object>>)
              isolated.loadClass(BRIDGE).getConstructor().newInstance();
      Map<String, Object> out = quietly(() -> f.apply(options));
      if (out.get("error") instanceof String error) {
        throw new CairnException(ErrorCode.INVALID_CONFIGURATION, error);
      }
      return new Result(
          (String) out.get("ddl"),
          (String) out.get("hibernateVersion"),
          (String) out.get("physicalNamingStrategy"),
          (String) out.get("implicitNamingStrategy"),
          (Integer) out.get("entities"),
          List.copyOf((List<String>) out.get("tables")));
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new CairnException(
          ErrorCode.INTERNAL_ERROR, "cannot start Cairn's schema loader: " + cause, cause);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Runs the loader with Hibernate's logging kept out of the build log: Hibernate logs through
   * whatever backend the project's class path has (or java.util.logging), at INFO, about things
   * that do not matter here (no connection provider, dialect versions). Errors still surface as
   * exceptions with the loader's message.
   */
  private static <T> T quietly(java.util.function.Supplier<T> work) {
    String providerKey = "org.jboss.logging.provider";
    String previousProvider = System.getProperty(providerKey);
    java.util.logging.Logger hibernate = java.util.logging.Logger.getLogger("org.hibernate");
    java.util.logging.Level previousLevel = hibernate.getLevel();
    System.setProperty(providerKey, "jdk");
    hibernate.setLevel(java.util.logging.Level.SEVERE);
    try {
      return work.get();
    } finally {
      hibernate.setLevel(previousLevel);
      if (previousProvider == null) {
        System.clearProperty(providerKey);
      } else {
        System.setProperty(providerKey, previousProvider);
      }
    }
  }

  /** The jar or directory a class of this plugin's class realm was loaded from. */
  private static URL codeSource(String resource) {
    URL url = EntityLoader.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + " is not on the plugin's class path");
    }
    String s = url.toString();
    try {
      if (s.startsWith("jar:")) {
        return new URL(s.substring("jar:".length(), s.indexOf("!/")));
      }
      return new URL(s.substring(0, s.length() - resource.length()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException("unexpected location " + s, e);
    }
  }
}
