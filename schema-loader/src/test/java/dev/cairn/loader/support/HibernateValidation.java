package dev.cairn.loader.support;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.NamingPreset;
import dev.cairn.loader.internal.ClassPathScanner;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Starts Hibernate the way an application does — connected to a real database, with {@code
 * hibernate.hbm2ddl.auto=validate} — against a database built from the loader's DDL. For the {@link
 * NamingPreset#SPRING} preset it uses Spring Boot's own naming strategy classes, so a pass also
 * proves the loader's Spring-equivalent naming matches Spring Boot's.
 */
public final class HibernateValidation {
  private HibernateValidation() {}

  /**
   * Validates the database against the entities of the loader options' packages and classes.
   *
   * @param options the options the DDL was loaded with
   * @param db the database the DDL was applied to
   * @throws RuntimeException Hibernate's schema validation error when the schema does not match
   */
  public static void validate(LoaderOptions options, ScratchDatabase db) {
    Map<String, Object> settings = new HashMap<>(options.properties());
    settings.put("hibernate.hbm2ddl.auto", "validate");
    settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", db.user());
    settings.put("jakarta.persistence.jdbc.password", db.password());
    settings.put("hibernate.connection.pool_size", "1");
    if (options.naming() == NamingPreset.SPRING) {
      settings.put("hibernate.physical_naming_strategy", new PhysicalNamingStrategySnakeCaseImpl());
      settings.put("hibernate.implicit_naming_strategy", new SpringImplicitNamingStrategy());
    } else {
      settings.put(
          "hibernate.physical_naming_strategy", PhysicalNamingStrategyStandardImpl.INSTANCE);
      settings.put(
          "hibernate.implicit_naming_strategy", new ImplicitNamingStrategyJpaCompliantImpl());
    }
    options
        .physicalNamingStrategy()
        .ifPresent(s -> settings.put("hibernate.physical_naming_strategy", s));
    options
        .implicitNamingStrategy()
        .ifPresent(s -> settings.put("hibernate.implicit_naming_strategy", s));
    options.defaultSchema().ifPresent(s -> settings.put("hibernate.default_schema", s));
    if (options.globallyQuotedIdentifiers()) {
      settings.put("hibernate.globally_quoted_identifiers", "true");
    }
    ClassLoader loader = options.classLoader();
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
            .applySettings(settings)
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      ClassPathScanner.Result scan = ClassPathScanner.scanPackages(loader, options.packages());
      scan.annotatedPackages().forEach(sources::addPackage);
      for (String name : scan.mappedClasses()) {
        sources.addAnnotatedClass(load(loader, name));
      }
      options.classNames().forEach(n -> sources.addAnnotatedClass(load(loader, n)));
      options.classes().forEach(sources::addAnnotatedClass);
      options.mappingFiles().forEach(sources::addResource);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        if (factory.isClosed()) {
          throw new IllegalStateException("session factory closed right after validation");
        }
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
