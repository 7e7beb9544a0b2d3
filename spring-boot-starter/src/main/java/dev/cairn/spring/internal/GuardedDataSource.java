package dev.cairn.spring.internal;

import dev.cairn.runtime.guard.DdlGuard;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source as the guard post-processor leaves it: delegates to the guarded
 * wrapper, and keeps the pool underneath so that Cairn can migrate through it. Found again with
 * {@code unwrap(GuardedDataSource.class)} even when later post-processors decorate the bean.
 */
final class GuardedDataSource extends DelegatingDataSource {
  private final DataSource unguarded;

  GuardedDataSource(DdlGuard guard, DataSource unguarded) {
    super(guard.protect(unguarded));
    this.unguarded = unguarded;
  }

  DataSource unguarded() {
    return unguarded;
  }

  /** The guarded data source inside {@code dataSource}, or null. */
  static GuardedDataSource find(DataSource dataSource) {
    if (dataSource instanceof GuardedDataSource g) {
      return g;
    }
    try {
      return dataSource.isWrapperFor(GuardedDataSource.class)
          ? dataSource.unwrap(GuardedDataSource.class)
          : null;
    } catch (SQLException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "Guarded[" + unguarded + "]";
  }
}
