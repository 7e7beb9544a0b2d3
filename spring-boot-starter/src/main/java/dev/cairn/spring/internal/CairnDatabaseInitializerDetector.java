package dev.cairn.spring.internal;

import dev.cairn.runtime.Cairn;
import dev.cairn.spring.CairnMigrationInitializer;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Boot that {@link Cairn} and {@link CairnMigrationInitializer} beans initialize the
 * database, so that the {@code EntityManagerFactory}, {@code JdbcTemplate}s and every bean
 * annotated {@code @DependsOnDatabaseInitialization} are created after them. Registered in {@code
 * META-INF/spring.factories} under {@link DatabaseInitializerDetector}.
 */
public final class CairnDatabaseInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(Cairn.class, CairnMigrationInitializer.class);
  }
}
