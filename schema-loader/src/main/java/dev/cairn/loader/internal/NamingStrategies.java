package dev.cairn.loader.internal;

import dev.cairn.loader.LoaderException;
import dev.cairn.loader.NamingPreset;
import java.lang.reflect.InvocationTargetException;
import java.util.Set;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/** Turns a naming preset and optional strategy names into the values Hibernate is given. */
final class NamingStrategies {
  /** Spring Boot 4's snake-case strategy, added to Hibernate in 6.5. */
  static final String SNAKE_CASE =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

  /** The same rule under its older name (deprecated alias in Hibernate 7). */
  static final String CAMEL_CASE_TO_UNDERSCORES =
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

  /**
   * Spring Boot's implicit strategies (4.x, and 2.x/3.x): when the application names one but the
   * loader's class path lacks Spring Boot, the equivalent built into the loader stands in.
   */
  private static final Set<String> SPRING_IMPLICIT =
      Set.of(
          "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
          "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

  private NamingStrategies() {}

  /**
   * The physical strategy: an explicit name, else the setting, else the preset's.
   *
   * @return an instance, or a Hibernate short name as a String
   */
  static Object physical(NamingPreset preset, String explicit, Object setting, ClassLoader loader) {
    String name = explicit != null ? explicit : settingName(setting);
    if (setting instanceof PhysicalNamingStrategy instance && explicit == null) {
      return instance;
    }
    if (name == null) {
      return switch (preset) {
        case SPRING ->
            instantiate(snakeCaseClassName(), PhysicalNamingStrategy.class, loader, "physical");
        case HIBERNATE -> PhysicalNamingStrategyStandardImpl.INSTANCE;
      };
    }
    return instantiate(name, PhysicalNamingStrategy.class, loader, "physical");
  }

  /**
   * The implicit strategy: an explicit name, else the setting, else the preset's.
   *
   * @return an instance, or a Hibernate short name as a String
   */
  static Object implicit(NamingPreset preset, String explicit, Object setting, ClassLoader loader) {
    String name = explicit != null ? explicit : settingName(setting);
    if (setting instanceof ImplicitNamingStrategy instance && explicit == null) {
      return instance;
    }
    if (name == null) {
      return switch (preset) {
        case SPRING -> new SpringCompatibleImplicitNamingStrategy();
        case HIBERNATE -> new ImplicitNamingStrategyJpaCompliantImpl();
      };
    }
    if (!name.contains(".")) {
      // Hibernate's short names (jpa, legacy-hbm, component-path…) resolve inside Hibernate.
      return name;
    }
    if (SPRING_IMPLICIT.contains(name) && loadFrom(name, loader) == null) {
      return new SpringCompatibleImplicitNamingStrategy();
    }
    return instantiate(name, ImplicitNamingStrategy.class, loader, "implicit");
  }

  private static String snakeCaseClassName() {
    return load(SNAKE_CASE, PhysicalNamingStrategy.class.getClassLoader()) != null
        ? SNAKE_CASE
        : CAMEL_CASE_TO_UNDERSCORES;
  }

  private static String settingName(Object setting) {
    if (setting == null) {
      return null;
    }
    if (setting instanceof Class<?> type) {
      return type.getName();
    }
    String s = setting.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static <T> T instantiate(String name, Class<T> kind, ClassLoader loader, String what) {
    Class<?> type = load(name, loader);
    if (type == null) {
      throw new LoaderException(
          "The "
              + what
              + " naming strategy class "
              + name
              + " is not on the class path; add the jar holding it to the loader's class path, or"
              + " configure a different strategy.");
    }
    if (!kind.isAssignableFrom(type)) {
      throw new LoaderException(
          "The "
              + what
              + " naming strategy "
              + name
              + " does not implement "
              + kind.getName()
              + " of the Hibernate the loader runs with"
              + (implementsByName(type, kind.getName())
                  ? " (it implements one loaded by another class loader: the class path holds two"
                      + " copies of Hibernate)."
                  : "."));
    }
    try {
      return kind.cast(type.getDeclaredConstructor().newInstance());
    } catch (NoSuchMethodException e) {
      throw new LoaderException(
          "The " + what + " naming strategy " + name + " has no public no-argument constructor.",
          e);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new LoaderException(
          "Cannot create the " + what + " naming strategy " + name + ": " + cause, cause);
    }
  }

  private static boolean implementsByName(Class<?> type, String interfaceName) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Class<?> i : t.getInterfaces()) {
        if (i.getName().equals(interfaceName)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Loads through the application's class loader, then the one that loaded Hibernate. */
  static Class<?> load(String name, ClassLoader loader) {
    Class<?> type = loadFrom(name, loader);
    return type != null ? type : loadFrom(name, PhysicalNamingStrategy.class.getClassLoader());
  }

  private static Class<?> loadFrom(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
